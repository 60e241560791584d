using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Security;

/// <summary>
/// Role-based privilege checks: a user's roles plus the roles of their teams, least restrictive wins.
/// Basic reaches rows the user or one of their teams owns; Local and Deep act as Global because the
/// emulator has a single business unit. SYSTEM and System Administrator bypass every check.
/// </summary>
internal sealed class SecurityModel
{
    private readonly EmulatorMetadata _metadata;

    public SecurityModel(EmulatorMetadata metadata, Guid systemUserId, Guid systemAdministratorRoleId)
    {
        _metadata = metadata;
        SystemUserId = systemUserId;
        SystemAdministratorRoleId = systemAdministratorRoleId;
    }

    public Guid SystemUserId { get; }
    public Guid SystemAdministratorRoleId { get; }

    public IReadOnlyCollection<Guid> TeamsOf(StoreSnapshot s, Guid userId) =>
        s.Rows("teammembership").Where(r => IdOf(r["systemuserid"]) == userId).Select(r => IdOf(r["teamid"])).ToHashSet();

    public IReadOnlyCollection<Guid> RolesOf(StoreSnapshot s, Guid userId)
    {
        var teams = TeamsOf(s, userId);
        var roles = s.Rows("systemuserroles").Where(r => IdOf(r["systemuserid"]) == userId).Select(r => IdOf(r["roleid"]));
        var teamRoles = s.Rows("teamroles").Where(r => teams.Contains(IdOf(r["teamid"]))).Select(r => IdOf(r["roleid"]));
        return roles.Concat(teamRoles).ToHashSet();
    }

    /// <summary>The deepest level at which the user holds the privilege, or null.</summary>
    public PrivilegeDepth? DepthOf(StoreSnapshot s, Guid userId, PrivilegeKind kind, string table) =>
        DepthOf(s, userId, "prv" + kind, table);

    public PrivilegeDepth? DepthOfNamed(StoreSnapshot s, Guid userId, string privilegeName) => DepthOf(s, userId, privilegeName, null);

    private PrivilegeDepth? DepthOf(StoreSnapshot s, Guid userId, string prefixOrName, string? table)
    {
        if (userId == SystemUserId) return PrivilegeDepth.Global;
        PrivilegeDepth? best = null;
        foreach (var roleId in RolesOf(s, userId))
        {
            if (roleId == SystemAdministratorRoleId) return PrivilegeDepth.Global;
            var role = _metadata.Roles.FirstOrDefault(r => r.Id == roleId);
            if (role is null) continue;
            if (role.IsSystemAdministrator) return PrivilegeDepth.Global;
            foreach (var privilege in role.Privileges)
                if (Matches(privilege.Name, prefixOrName, table) && (best is null || privilege.Depth > best))
                    best = privilege.Depth;
        }
        return best;
    }

    private bool Matches(string privilege, string prefixOrName, string? table)
    {
        if (table is null) return string.Equals(privilege, prefixOrName, StringComparison.OrdinalIgnoreCase);
        if (!privilege.StartsWith(prefixOrName, StringComparison.Ordinal)) return false;
        var entity = privilege[prefixOrName.Length..];
        // "prvAppend" is a prefix of "prvAppendTo": the remainder must be the table, by logical, schema or privilege name.
        var metadata = _metadata.Table(table);
        return string.Equals(entity, table, StringComparison.OrdinalIgnoreCase) ||
               (!string.IsNullOrEmpty(metadata?.SchemaName) && string.Equals(entity, metadata.SchemaName, StringComparison.OrdinalIgnoreCase)) ||
               (!string.IsNullOrEmpty(metadata?.PrivilegeName) && string.Equals(entity, metadata.PrivilegeName, StringComparison.OrdinalIgnoreCase));
    }

    public bool Allows(StoreSnapshot s, Guid userId, PrivilegeKind kind, string table, StoredRow? row)
    {
        var metadata = _metadata.Table(table);
        if (metadata is null || metadata.IsIntersect || userId == SystemUserId) return true;
        var depth = DepthOf(s, userId, kind, table);
        if (depth is null) return false;
        // One business unit, so Local and Deep reach as far as Global; only user-owned rows (not organization- or
        // business-owned ones) have an owner for Basic depth to compare.
        if (depth >= PrivilegeDepth.Local || row is null || metadata.Ownership != OwnershipType.UserOwned) return true;
        return IsOwnedByUserOrTeam(s, userId, row);
    }

    public void Demand(StoreSnapshot s, Guid userId, PrivilegeKind kind, string table, StoredRow? row)
    {
        if (Allows(s, userId, kind, table, row)) return;
        throw Denied(s, userId, "prv" + kind + (_metadata.Table(table) is { } t && (t.PrivilegeName.Length > 0 ? t.PrivilegeName : t.SchemaName) is { Length: > 0 } name ? name : table), table);
    }

    public void DemandNamed(StoreSnapshot s, Guid userId, string privilegeName, string table)
    {
        if (DepthOfNamed(s, userId, privilegeName) is not null) return;
        throw Denied(s, userId, privilegeName, table);
    }

    private System.ServiceModel.FaultException<OrganizationServiceFault> Denied(StoreSnapshot s, Guid userId, string privilege, string table)
    {
        var roles = RolesOf(s, userId);
        var privilegeCount = _metadata.Roles.Where(r => roles.Contains(r.Id)).Sum(r => r.Privileges.Count);
        return Faults.Create(ErrorCodes.PrivilegeDenied,
            $"Principal user (Id={userId:D}, type=8, roleCount={roles.Count}, privilegeCount={privilegeCount}, accessMode=0), " +
            $"is missing {privilege} privilege on entity '{table}'. context.Caller={userId:D}");
    }

    private bool IsOwnedByUserOrTeam(StoreSnapshot s, Guid userId, StoredRow row)
    {
        if (row["ownerid"] is not EntityReference owner) return false;
        if (owner.Id == userId) return true;
        return owner.LogicalName == "team" && TeamsOf(s, userId).Contains(owner.Id);
    }

    private static Guid IdOf(object? value) => value switch
    {
        EntityReference r => r.Id,
        Guid g => g,
        _ => Guid.Empty,
    };
}
