using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Where work goes when its owner cannot or did not decide: the team named in hitl_ApprovalEscalationTeam,
/// else the owner's manager. Managers are only looked up when no team takes the work.
/// </summary>
public static class EscalationTargets
{
    /// <summary>The configured escalation team, or null when none is set or the name matches no single team.</summary>
    public static Guid? ConfiguredTeam(ILocalPluginContext context)
    {
        var teamName = ApprovalSettings.EscalationTeam(context);
        if (teamName == null) return null;

        var team = new PrincipalDirectory(context.SystemService).FindTeamByName(teamName);
        if (!team.HasValue)
        {
            // Not the name itself: a team is often named after people.
            context.Trace("The team named in {0} does not exist (or the name is not unique); using managers instead.", HitlSettings.ApprovalEscalationTeam.SchemaName);
        }

        return team;
    }

    /// <summary>The team when configured, else each of these users' manager.</summary>
    public static IEscalationTarget For(ILocalPluginContext context, IEnumerable<Guid> ownerUserIds)
    {
        var team = ConfiguredTeam(context);
        return team.HasValue
            ? new ConfiguredEscalationTarget(team)
            : new ConfiguredEscalationTarget(null, new PrincipalDirectory(context.SystemService).ManagersOf(ownerUserIds));
    }
}
