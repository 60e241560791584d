using Hitl.Core.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// What happens when an approval is approved, rejected, cancelled or expires: the human review is written back to
/// the automated decision it reviewed, then the approval type's own handler (if it has one) acts on the regarding record.
/// </summary>
public static class ApprovalOutcomes
{
    /// <param name="approval">The approval after its transition (the post-image).</param>
    public static void Apply(ApprovalSnapshot approval, ILocalPluginContext context)
    {
        RecordReview(approval, context);
        ApprovalOutcomeHandlers.For(approval.Type)?.Apply(approval, context);
    }

    /// <summary>
    /// Principle 2: the decision log says whether a human reviewed the automated decision, who and how.
    /// Only a person's approval or rejection is a review; an expired or cancelled approval leaves the log
    /// as it was (the approval rows linked to the decision keep the whole history). The first review stays: a later
    /// approval of the same decision (a contest after an override review) is in its own row, not written over it.
    /// </summary>
    private static void RecordReview(ApprovalSnapshot approval, ILocalPluginContext context)
    {
        if (!approval.AutomatedDecisionId.HasValue || !approval.DecidedBy.HasValue) return;
        if (approval.Status != ApprovalStatus.Approved && approval.Status != ApprovalStatus.Rejected) return;

        var logged = context.SystemService.Retrieve(DecisionLogSchema.Table, approval.AutomatedDecisionId.Value, new ColumnSet(DecisionLogSchema.ReviewedBy));
        if (logged.GetAttributeValue<EntityReference>(DecisionLogSchema.ReviewedBy) != null)
        {
            context.Trace("Automated decision {0} was reviewed by an earlier approval; its first review is kept.", approval.AutomatedDecisionId.Value);
            return;
        }

        // Written only if nobody wrote the row since it was read: two approvals of one decision finishing at once
        // cannot both record "the first review"; the later one fails with a concurrency fault and its decision rolls
        // back, so a retry sees the review that won.
        var review = new Entity(DecisionLogSchema.Table, approval.AutomatedDecisionId.Value)
        {
            [DecisionLogSchema.Approval] = new EntityReference(ApprovalSchema.Table, approval.Id),
            [DecisionLogSchema.ReviewOutcome] = string.IsNullOrEmpty(approval.ReasonCode) ? approval.Status.ToString() : $"{approval.Status} ({approval.ReasonCode})",
            [DecisionLogSchema.ReviewedOn] = approval.DecidedOn ?? context.UtcNow,
            [DecisionLogSchema.ReviewedBy] = new EntityReference("systemuser", approval.DecidedBy.Value),
            RowVersion = logged.RowVersion,
        };
        context.SystemService.Execute(new UpdateRequest { Target = review, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
    }
}
