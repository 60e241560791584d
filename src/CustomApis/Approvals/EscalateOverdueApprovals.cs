using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.CustomApis.Approvals;

/// <summary>
/// Called by the hourly flow: pending approvals past their due date are escalated (to the configured
/// team, else the owner's manager) and escalated ones past the expiry window expire.
/// </summary>
[CustomApi("hitl_EscalateOverdueApprovals")]
[CustomApiResponseProperty("EscalatedCount", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("ExpiredCount", CustomApiFieldType.Integer)]
public sealed class EscalateOverdueApprovals : CustomApiPlugin
{
    /// <summary>
    /// Rows handled per call, so one call always fits the 2-minute limit; the hourly flow picks up the rest
    /// (most overdue first) on its next run.
    /// </summary>
    public const int BatchSize = 500;

    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var now = context.UtcNow;
        var expiryHours = ApprovalSettings.ExpiryHours(context);
        var service = context.SystemService;

        var candidates = OverdueOrExpiring(service, now, expiryHours);
        var target = EscalationTarget(context, candidates);
        var actions = EscalationPlanner.Plan(candidates, now, expiryHours, target);

        foreach (var action in actions)
        {
            var update = new Entity(ApprovalSchema.Table, action.ApprovalId);
            ApprovalMapping.Apply(action.Change, update);
            service.Update(update);
        }

        context.Trace("Escalated {0}, expired {1} of {2} candidates.", actions.Count(a => a.Kind == EscalationActionKind.Escalate), actions.Count(a => a.Kind == EscalationActionKind.Expire), candidates.Count);
        request.Respond("EscalatedCount", actions.Count(a => a.Kind == EscalationActionKind.Escalate));
        request.Respond("ExpiredCount", actions.Count(a => a.Kind == EscalationActionKind.Expire));
    }

    /// <summary>Only the rows that can need action, most overdue first, at most one batch.</summary>
    private static IReadOnlyList<ApprovalSnapshot> OverdueOrExpiring(IOrganizationService service, DateTime now, decimal expiryHours)
    {
        var query = new QueryExpression(ApprovalSchema.Table)
        {
            ColumnSet = new ColumnSet(ApprovalSchema.SnapshotColumns),
            TopCount = BatchSize,
        };
        query.AddOrder(ApprovalSchema.DueOn, OrderType.Ascending);
        query.AddOrder(ApprovalSchema.Id, OrderType.Ascending);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        var overdue = either.AddFilter(LogicalOperator.And);
        overdue.AddCondition(ApprovalSchema.Status, ConditionOperator.Equal, (int)ApprovalStatus.Pending);
        overdue.AddCondition(ApprovalSchema.DueOn, ConditionOperator.LessThan, now);
        var expiring = either.AddFilter(LogicalOperator.And);
        expiring.AddCondition(ApprovalSchema.Status, ConditionOperator.Equal, (int)ApprovalStatus.Escalated);
        expiring.AddCondition(ApprovalSchema.EscalatedOn, ConditionOperator.LessThan, now.AddTicks(-(long)(expiryHours * TimeSpan.TicksPerHour)));

        return service.RetrieveMultiple(query).Entities.Select(ApprovalMapping.ToSnapshot).ToList();
    }

    private static IEscalationTarget EscalationTarget(ILocalPluginContext context, IReadOnlyList<ApprovalSnapshot> approvals) =>
        EscalationTargets.For(context, approvals.Where(a => a.Status == ApprovalStatus.Pending && a.Owner.Kind == PrincipalKind.User).Select(a => a.Owner.Id));
}
