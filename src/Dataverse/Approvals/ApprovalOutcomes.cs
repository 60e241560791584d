using Hitl.Core.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// What happens when an approval is approved, rejected, cancelled or expires: the human review is written
/// back to the automated decision it reviewed, then the approval type's own handler (if it has one) acts
/// on the regarding record. Capabilities add their handler to <see cref="Handlers"/>.
/// </summary>
public static class ApprovalOutcomes
{
    private static readonly IReadOnlyDictionary<ApprovalType, IApprovalOutcomeHandler> Handlers =
        new Dictionary<ApprovalType, IApprovalOutcomeHandler>();

    public static void Apply(Entity approval, ApprovalStatus status, ILocalPluginContext context)
    {
        RecordReview(approval, status, context);

        var type = (ApprovalType)(approval.GetAttributeValue<OptionSetValue>(ApprovalSchema.Type)?.Value ?? 0);
        if (Handlers.TryGetValue(type, out var handler))
        {
            handler.Apply(approval, status, context);
        }
    }

    /// <summary>
    /// Principle 2: the decision log says whether a human reviewed the automated decision, who and how.
    /// Only a person's approval or rejection is a review; an expired or cancelled approval leaves the log
    /// as it was (the approval rows linked to the decision keep the whole history).
    /// </summary>
    private static void RecordReview(Entity approval, ApprovalStatus status, ILocalPluginContext context)
    {
        var decision = approval.GetAttributeValue<EntityReference>(ApprovalSchema.AutomatedDecision);
        if (decision == null || (status != ApprovalStatus.Approved && status != ApprovalStatus.Rejected)) return;

        var review = new Entity(DecisionLogSchema.Table, decision.Id)
        {
            [DecisionLogSchema.Approval] = new EntityReference(ApprovalSchema.Table, approval.Id),
            [DecisionLogSchema.ReviewOutcome] = ReviewOutcome(approval, status),
            [DecisionLogSchema.ReviewedOn] = approval.GetAttributeValue<System.DateTime?>(ApprovalSchema.DecidedOn) ?? context.UtcNow,
            [DecisionLogSchema.ReviewedBy] = new EntityReference("systemuser", approval.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy).Id),
        };
        context.SystemService.Update(review);
    }

    private static string ReviewOutcome(Entity approval, ApprovalStatus status)
    {
        var code = approval.GetAttributeValue<string>(ApprovalSchema.ReasonCode);
        var text = status.ToString();
        return string.IsNullOrEmpty(code) ? text : $"{text} ({code})";
    }
}
