using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Approvals;

/// <summary>Maps a requested hitl_approval row to Core's <see cref="NewApprovalRules"/> and writes back what they decide.</summary>
public static class NewApprovals
{
    public static void Prepare(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var type = target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Type) is OptionSetValue value ? ApprovalType.Of(value.Value) : null;
        Refuse(NewApprovalRules.CheckType(type));
        Refuse(ApprovalEvidence.Check(target.GetAttributeValue<string>(ApprovalSchema.Evidence)));
        Refuse(ApprovalFieldRules.CheckNew(
            ApprovalSchema.FieldsOf(target.Attributes.Where(a => a.Value != null).Select(a => a.Key)),
            target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status) is OptionSetValue status ? (ApprovalStatus)status.Value : null,
            StartsActive(target)));

        var regarding = ApprovalRegarding.Resolve(target, context.SystemService);
        RequireDecisionAbout(regarding, target, context);
        var owner = ApprovalMapping.ToPrincipal(target.GetAttributeValue<EntityReference>(ApprovalSchema.Owner) ?? new EntityReference("systemuser", execution.UserId));
        // Who asked is what the platform says, never a client value: it decides who may not approve.
        var request = new NewApproval(type!, regarding, owner, execution.InitiatingUserId)
        {
            SubjectUserId = target.GetAttributeValue<EntityReference>(ApprovalSchema.SubjectUser)?.Id,
            Name = target.GetAttributeValue<string>(ApprovalSchema.Name),
        };
        var result = NewApprovalRules.Prepare(
            request,
            key => ApprovalQueries.FindOpen(context.SystemService, key),
            ApprovalSettings.Sla(context),
            new DeferredEscalationTarget(() => EscalationTargets.For(context, new[] { owner.Id })),
            context.UtcNow);
        Refuse(result.Refusal);

        var prepared = result.Value!;
        target[ApprovalSchema.CorrelationKey] = prepared.CorrelationKey;
        target[ApprovalSchema.Status] = new OptionSetValue((int)prepared.Status);
        target[ApprovalSchema.DueOn] = prepared.DueOn;
        target[ApprovalSchema.RequestedBy] = new EntityReference("systemuser", request.RequestedBy);
        target[ApprovalSchema.Owner] = ApprovalMapping.ToReference(prepared.Owner);
        target[ApprovalSchema.Name] = prepared.Name;
        if (prepared.Rerouted) context.Trace("Approval owner {0} is its requester or subject; routed to {1}.", owner.Id, prepared.Owner);
    }

    /// <summary>
    /// The automated decision an approval reviews must be about the same record: its review is written onto that
    /// decision when the approval is decided, so linking another record's decision would forge a human review.
    /// </summary>
    private static void RequireDecisionAbout(Regarding regarding, Entity target, ILocalPluginContext context)
    {
        var decision = target.GetAttributeValue<EntityReference>(ApprovalSchema.AutomatedDecision);
        if (decision == null || regarding.Table == Decisions.DecisionLogSchema.Table) return;

        var logged = context.SystemService.Retrieve(Decisions.DecisionLogSchema.Table, decision.Id, new ColumnSet(Decisions.DecisionLogSchema.RegardingTable, Decisions.DecisionLogSchema.RegardingId));
        var about = logged.GetAttributeValue<string>(Decisions.DecisionLogSchema.RegardingTable);
        var aboutId = logged.GetAttributeValue<string>(Decisions.DecisionLogSchema.RegardingId);
        if (!string.Equals(about, regarding.Table, StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(aboutId, out var id) || id != regarding.Id)
        {
            throw new InvalidPluginExecutionException(
                $"The automated decision {decision.Id:D} is about another record, not this {regarding.Table}. Link the decision this approval reviews, or none.");
        }
    }

    /// <summary>statecode/statuscode sent with a create, if any, must be the active/pending ones.</summary>
    private static bool StartsActive(Entity target)
    {
        var active = ApprovalStateMachine.RecordState(ApprovalStatus.Pending);
        return (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StateCode)?.Value ?? active.StateCode) == active.StateCode
            && (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StatusCode)?.Value ?? active.StatusCode) == active.StatusCode;
    }

    private static void Refuse(string? problem)
    {
        if (problem != null) throw new InvalidPluginExecutionException(problem);
    }
}
