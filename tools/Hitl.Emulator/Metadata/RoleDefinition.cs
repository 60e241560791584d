using Hitl.Solution;

namespace Hitl.Emulator.Metadata;

public sealed record RolePrivilege(string Name, PrivilegeDepth Depth);

public sealed record RoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilege> Privileges)
{
    /// <summary>Grants every privilege at Global depth (the emulator's System Administrator).</summary>
    public bool IsSystemAdministrator { get; init; }
}
