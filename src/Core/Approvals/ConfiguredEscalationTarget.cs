using System;
using System.Collections.Generic;

namespace Hitl.Core.Approvals
{
    /// <summary>
    /// The configured strategy: the escalation team when hitl_ApprovalEscalationTeam names one, else the
    /// owning user's manager (systemuser.parentsystemuserid), else the approval stays with its owner —
    /// it is still escalated (visible in the Overdue view) rather than dropped.
    /// </summary>
    public sealed class ConfiguredEscalationTarget : IEscalationTarget
    {
        private readonly Guid? teamId;
        private readonly IReadOnlyDictionary<Guid, Guid> managerByUser;

        /// <param name="teamId">The id of the team named by hitl_ApprovalEscalationTeam (resolved by the caller), or null.</param>
        /// <param name="managerByUser">parentsystemuserid of the owning users, keyed by user id; users without a manager are absent.</param>
        public ConfiguredEscalationTarget(Guid? teamId, IReadOnlyDictionary<Guid, Guid>? managerByUser = null)
        {
            this.teamId = teamId == Guid.Empty ? null : teamId;
            this.managerByUser = managerByUser ?? new Dictionary<Guid, Guid>();
        }

        public Principal Resolve(Principal currentOwner)
        {
            if (currentOwner == null) throw new ArgumentNullException(nameof(currentOwner));
            if (teamId.HasValue) return Principal.Team(teamId.Value);
            if (currentOwner.Kind == PrincipalKind.User
                && managerByUser.TryGetValue(currentOwner.Id, out var manager)
                && manager != Guid.Empty
                && manager != currentOwner.Id)
            {
                return Principal.User(manager);
            }

            return currentOwner;
        }
    }
}
