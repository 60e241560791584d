using Hitl.Core.Approvals;
using Hitl.Core.Leads;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// Applies a person's lead review: approve = route as proposed (the proposed team of the evidence becomes the owner);
/// reject with the reason code <see cref="DisqualifyReasonCode"/> = disqualify the lead (state Disqualified, the
/// state's default status reason) with the reason; any other rejection assigns it to the user the approver named in
/// Assign Lead To (hitl_assigntoid), or keeps it with its current owner when none is named. Either way the review status becomes Reviewed. Anything but the
/// recommendation (Approve) is an override and counts in the approval metrics through hitl_recommendation.
/// Cancelled or expired reviews change nothing: the lead stays Pending review with its owner.
/// </summary>
public sealed class LeadReviewOutcome : IApprovalOutcomeHandler
{
    /// <summary>The reason code a reviewer gives with a rejection to disqualify the lead (add it to hitl_ApprovalReasonCodes).</summary>
    public const string DisqualifyReasonCode = "Disqualify";

    /// <summary>Lead statecode Disqualified.</summary>
    private const int Disqualified = 2;

    public ApprovalType Type => ApprovalType.LeadReview;

    public void Apply(ApprovalSnapshot approval, ILocalPluginContext context)
    {
        if (approval.Regarding is not { Table: LeadSchema.Table } regarding) return;
        if (approval.Status != ApprovalStatus.Approved && approval.Status != ApprovalStatus.Rejected) return;

        var decided = DecidedRow(approval.Id, context);
        var lead = new Entity(LeadSchema.Table, regarding.Id) { [LeadSchema.ReviewStatus] = new OptionSetValue((int)LeadReviewStatus.Reviewed) };
        if (approval.Status == ApprovalStatus.Approved)
        {
            var team = ProposedTeam(decided);
            if (team.HasValue) lead[LeadSchema.Owner] = new EntityReference("team", team.Value);
            else context.Trace("Lead review {0} proposed no team; the lead keeps its owner.", approval.Id);
            context.SystemService.Update(lead);
            return;
        }

        if (!string.Equals(approval.ReasonCode, DisqualifyReasonCode, StringComparison.OrdinalIgnoreCase))
        {
            // The approver names the new owner in Assign Lead To; without one the lead stays with its owner.
            if (decided.GetAttributeValue<EntityReference>(ApprovalSchema.AssignTo) is EntityReference assignTo) lead[LeadSchema.Owner] = new EntityReference("systemuser", assignTo.Id);
            context.SystemService.Update(lead);
            return;
        }

        var reason = $"Disqualified in review: {approval.DecisionReason}".Trim();
        lead[LeadSchema.ReviewReason] = reason.Length <= 400 ? reason : reason.Substring(0, 399) + "…";
        context.SystemService.Update(lead);
        context.SystemService.Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(LeadSchema.Table, regarding.Id),
            State = new OptionSetValue(Disqualified),
            Status = new OptionSetValue(-1),
        });
    }

    /// <summary>
    /// The evidence (fixed once the approval is requested) and Assign Lead To as decided: from the finishing step's
    /// post-image, which registers both, else read.
    /// </summary>
    private static Entity DecidedRow(Guid approvalId, ILocalPluginContext context)
    {
        var images = context.ExecutionContext.PostEntityImages;
        return images.TryGetValue(ExecutionContextExtensions.PostImageAlias, out var image) && image != null && image.Id == approvalId
            ? image
            : context.SystemService.Retrieve(ApprovalSchema.Table, approvalId, new ColumnSet(ApprovalSchema.Evidence, ApprovalSchema.AssignTo));
    }

    /// <summary>The team the evidence proposed.</summary>
    private static Guid? ProposedTeam(Entity decided)
    {
        var evidence = decided.GetAttributeValue<string>(ApprovalSchema.Evidence);
        if (string.IsNullOrEmpty(evidence)) return null;
        var id = JObject.Parse(evidence!).SelectToken("details." + LeadReviewRequests.ProposedTeamIdDetail) as JValue;
        return Guid.TryParse(id?.Value as string, out var team) ? team : null;
    }
}
