using Hitl.Core.Approvals;
using Hitl.Dataverse.Principals;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Fills in what the decision rules need to know about the decider, asking Dataverse only what this decision needs:
/// whether they are an enabled person (one query; SYSTEM is known without one), then nothing more for the owner, one
/// query for a team member, at most two for a role holder.
/// </summary>
public static class DeciderAuthority
{
    public static DecisionRequest Describe(DecisionRequest request, Principal owner, PrincipalDirectory directory, Guid systemUserId)
    {
        if (request.DeciderId == systemUserId) return request with { DeciderIsSystem = true };
        if (!directory.IsEnabledUser(request.DeciderId)) return request with { DeciderIsDisabled = true };
        if (owner.Kind == PrincipalKind.User && owner.Id == request.DeciderId) return request;
        if (owner.Kind == PrincipalKind.Team && directory.IsTeamMember(request.DeciderId, owner.Id))
        {
            return request with { DeciderTeamIds = new[] { owner.Id } };
        }

        return request with { DeciderIsApprover = directory.HoldsApproverRole(request.DeciderId) };
    }
}
