using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Approvals;

/// <summary>
/// Records a decision for a cloud flow or an integration. The decision goes through the same Update
/// validation as the form; this API adds who the responder is, idempotent replays and a clear answer
/// when someone else decided first.
/// </summary>
[CustomApi("hitl_SubmitApprovalDecision")]
[CustomApiRequestParameter("ApprovalId", CustomApiFieldType.Guid)]
[CustomApiRequestParameter("Decision", CustomApiFieldType.String)]
[CustomApiRequestParameter("Reason", CustomApiFieldType.String, IsOptional = true)]
[CustomApiRequestParameter("ReasonCode", CustomApiFieldType.String, IsOptional = true)]
[CustomApiRequestParameter("ResponderId", CustomApiFieldType.Guid, IsOptional = true)]
[CustomApiRequestParameter("ResponderEmail", CustomApiFieldType.String, IsOptional = true)]
[CustomApiResponseProperty("Status", CustomApiFieldType.String)]
[CustomApiResponseProperty("AlreadyDecided", CustomApiFieldType.Boolean)]
public sealed class SubmitApprovalDecision : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var approvalId = request.Required<Guid>("ApprovalId");
        var decisionText = request.Required<string>("Decision");
        if (!ApprovalNames.TryParseDecision(decisionText, out var decision))
        {
            throw new InvalidPluginExecutionException($"Decision must be Approve or Reject, not {InputText.Quote(decisionText)}.");
        }

        var directory = new PrincipalDirectory(context.SystemService);
        var decider = Responder.Resolve(request, directory);
        var (reasonCode, reason) = ReasonText.Split(request.Optional<string?>("ReasonCode", null), request.Optional<string?>("Reason", null), ApprovalSettings.ReasonCodes(context));

        // Read as the caller: whoever cannot see the approval learns nothing about it, not even who decided it.
        var row = ApprovalQueries.FindVisible(context.UserService, approvalId)
            ?? throw new InvalidPluginExecutionException(
                $"Approval {approvalId:D} does not exist, or you cannot see it. Check the id the flow passes, or ask the approval's owner or an administrator.");
        var current = ApprovalMapping.ToSnapshot(row);
        if (ApprovalDecisionRules.IsReplay(current, decision, decider, reasonCode, reason))
        {
            Answer(request, current.Status, alreadyDecided: true);
            return;
        }

        // The lifecycle step validates this update under a row lock, exactly as for a form save; a refusal
        // (someone decided first, segregation of duties, missing reason) comes back as this call's error.
        var update = new Entity(ApprovalSchema.Table, approvalId)
        {
            [ApprovalSchema.Decision] = new OptionSetValue((int)decision),
            [ApprovalSchema.DecidedBy] = new EntityReference("systemuser", decider),
        };
        if (reasonCode != null) update[ApprovalSchema.ReasonCode] = reasonCode;
        if (reason != null) update[ApprovalSchema.DecisionReason] = reason;
        context.SystemService.Update(update);

        Answer(request, decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected, alreadyDecided: false);
    }

    private static void Answer(CustomApiRequest request, ApprovalStatus status, bool alreadyDecided)
    {
        request.Respond("Status", ApprovalNames.StatusName(status));
        request.Respond("AlreadyDecided", alreadyDecided);
    }
}
