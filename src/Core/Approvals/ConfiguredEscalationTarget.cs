namespace Hitl.Core.Approvals;

/// <summary>
/// The configured strategy: the escalation team when hitl_ApprovalEscalationTeam names one, else the
/// owning user's manager (systemuser.parentsystemuserid), else the approval stays with its owner —
/// it is still escalated (visible in the Overdue view) rather than dropped.
/// </summary>
public sealed class ConfiguredEscalationTarget : IEscalationTarget
{
    private readonly Guid? _teamId;
    private readonly IReadOnlyDictionary<Guid, Guid> _managerByUser;

    /// <param name="teamId">The id of the team named by hitl_ApprovalEscalationTeam (resolved by the caller), or null.</param>
    /// <param name="managerByUser">parentsystemuserid of the owning users, keyed by user id; users without a manager are absent.</param>
    public ConfiguredEscalationTarget(Guid? teamId, IReadOnlyDictionary<Guid, Guid>? managerByUser = null)
    {
        _teamId = teamId == Guid.Empty ? null : teamId;
        _managerByUser = managerByUser ?? new Dictionary<Guid, Guid>();
    }

    public Principal Resolve(Principal currentOwner)
    {
        if (currentOwner == null) throw new ArgumentNullException(nameof(currentOwner));
        if (_teamId.HasValue) return Principal.Team(_teamId.Value);
        if (currentOwner.Kind == PrincipalKind.User
            && _managerByUser.TryGetValue(currentOwner.Id, out var manager)
            && manager != Guid.Empty
            && manager != currentOwner.Id)
        {
            return Principal.User(manager);
        }

        return currentOwner;
    }
}
