using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Core.Leads.Routing;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// PostOperation of lead Create and Update, where the lead's id exists: logs what scoring decided (one
/// hitl_automateddecision row) and, for a lead that needs review, requests its lead review approval linked to that
/// logged decision, so the reviewer's decision is written back onto it. The lead keeps its owner while it waits.
/// </summary>
public static class LeadReviewRequests
{
    /// <summary>Key of the evidence details naming the team a reviewer approves by agreeing.</summary>
    public const string ProposedTeamIdDetail = "proposedTeamId";

    public static void LogAndRequestIfNeeded(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var decision = execution.SharedVariables.TryGetValue(LeadDecision.SharedVariable, out var shared) ? LeadDecision.From(shared) : null;
        if (decision == null) return;

        var leadId = execution.OutputParameters.TryGetValue("id", out var id) && id is Guid created ? created : execution.PrimaryEntityId;
        var decidedOn = context.UtcNow;
        var needsReview = decision.Action == LeadRoutingAction.RequestReview;
        var decisionId = DecisionLog.Record(context.SystemService, new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring,
            LeadSchema.Table,
            leadId,
            decision.ModelVersion,
            decision.Inputs,
            decision.Outcome,
            decision.ReviewReasons.Concat(decision.ScoreReasons).Take(AutomatedDecisionRecord.MaxReasons).ToList(),
            needsReview,
            decidedOn));
        if (!needsReview) return;

        var owner = execution.GetTargetEntity().GetAttributeValue<EntityReference>(LeadSchema.Owner)
            ?? (execution.PreEntityImages.TryGetValue(ExecutionContextExtensions.PreImageAlias, out var before) ? before?.GetAttributeValue<EntityReference>(LeadSchema.Owner) : null)
            ?? new EntityReference("systemuser", execution.UserId);
        var (approvalId, reused) = ApprovalRequests.RequestOrReuse(context.SystemService, Approval(leadId, owner, decision, decisionId, decidedOn));
        context.Trace("Lead {0}: decision {1} logged; lead review approval {2} ({3}).", leadId, decisionId, approvalId, reused ? "already open" : "requested");
    }

    private static Entity Approval(Guid leadId, EntityReference owner, LeadDecision decision, Guid decisionId, DateTime decidedOn)
    {
        var details = new Dictionary<string, object?> { ["reviewReasons"] = decision.ReviewReasons };
        if (decision.ProposedTeam != null) details["proposedTeam"] = decision.ProposedTeam;
        if (decision.ProposedTeamId.HasValue) details[ProposedTeamIdDetail] = decision.ProposedTeamId.Value.ToString("D");
        var evidence = new ApprovalEvidence
        {
            Score = decision.Score,
            Grade = decision.Grade,
            ModelVersion = decision.ModelVersion,
            Reasons = decision.ScoreReasons,
            DecisionType = AutomatedDecisionType.LeadScoring,
            AutomatedDecisionId = decisionId,
            DecidedOn = decidedOn,
            Inputs = decision.Inputs,
            Outcome = decision.ProposedTeam != null ? $"Route to {decision.ProposedTeam}" : "No automatic route",
            Details = details,
        };
        return new Entity(ApprovalSchema.Table)
        {
            [ApprovalSchema.Type] = new OptionSetValue(ApprovalType.LeadReview.Value),
            [ApprovalSchema.RegardingTable] = LeadSchema.Table,
            [ApprovalSchema.RegardingId] = leadId.ToString("D"),
            [ApprovalSchema.AutomatedDecision] = new EntityReference(DecisionLogSchema.Table, decisionId),
            [ApprovalSchema.Recommendation] = new OptionSetValue((int)ApprovalDecision.Approve),
            [ApprovalSchema.Evidence] = evidence.ToJson(),
            [ApprovalSchema.Owner] = owner,
        };
    }
}
