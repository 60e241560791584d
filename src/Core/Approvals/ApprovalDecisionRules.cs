namespace Hitl.Core.Approvals;

/// <summary>
/// Decides whether a person may approve or reject an approval, and what to write if so.
/// Checks run from "can never succeed" to "fixable by the user", so the message names the real blocker:
/// decided already → segregation of duties → authority → reason.
/// </summary>
public static class ApprovalDecisionRules
{
    public static TransitionResult Decide(ApprovalSnapshot approval, DecisionRequest request, ApprovalPolicy policy)
    {
        if (approval == null) throw new ArgumentNullException(nameof(approval));
        if (request == null) throw new ArgumentNullException(nameof(request));
        if (policy == null) throw new ArgumentNullException(nameof(policy));

        if (request.Decision != ApprovalDecision.Approve && request.Decision != ApprovalDecision.Reject)
        {
            return Refuse(approval, RefusalReason.UnknownDecision, "The decision must be Approve or Reject.");
        }

        var closed = CheckStillOpen(approval, request);
        if (closed != null) return closed;

        if (request.DeciderId == Guid.Empty)
        {
            return Refuse(approval, RefusalReason.UnknownDecider,
                "We could not tell who is deciding. Sign in as the approver, or pass the responder's user id or e-mail address of an enabled Dataverse user.");
        }

        if (request.DeciderIsSystem)
        {
            return Refuse(approval, RefusalReason.DeciderNotAPerson,
                "A decision is recorded in the name of an accountable person, never SYSTEM. Sign in as the approver, or pass the responder's user id or e-mail address.");
        }

        if (request.DeciderIsDisabled)
        {
            return Refuse(approval, RefusalReason.DeciderNotAPerson,
                "The deciding user is disabled in Dataverse, so a decision cannot be recorded in their name. Ask an administrator to enable the account, or have the approval assigned to someone else.");
        }

        if (approval.RequestedBy == request.DeciderId)
        {
            return Refuse(approval, RefusalReason.RequesterCannotDecide,
                "You requested this approval, so someone else must decide it (segregation of duties). Ask the assigned approver or another HITL Approver.");
        }

        if (approval.RequestedBy.HasValue && approval.RequestedBy == request.OnBehalfOfCallerId)
        {
            return Refuse(approval, RefusalReason.RequesterCannotDecide,
                "You requested this approval, so someone else must decide it (segregation of duties), also when you act on behalf of another user. Ask the assigned approver or another HITL Approver.");
        }

        if (approval.SubjectUserId.HasValue && approval.SubjectUserId == request.OnBehalfOfCallerId)
        {
            return Refuse(approval, RefusalReason.SubjectCannotDecide,
                "This approval is about you, so someone else must decide it (segregation of duties), also when acting on behalf of another user. Ask the assigned approver or another HITL Approver.");
        }

        if (approval.SubjectUserId == request.DeciderId)
        {
            return Refuse(approval, RefusalReason.SubjectCannotDecide,
                "This approval is about you (for example your own commission), so someone else must decide it (segregation of duties). Ask the assigned approver or another HITL Approver.");
        }

        if (!MayDecide(approval.Owner, request))
        {
            return Refuse(approval, RefusalReason.NotAnApprover,
                "You cannot decide this approval: it is assigned to another user or team and you do not hold the HITL Approver security role. Ask the assigned approver, or ask an administrator to assign the approval to you.");
        }

        var isOverride = approval.Recommendation.HasValue && approval.Recommendation.Value != request.Decision;
        var reasonRequired = request.Decision == ApprovalDecision.Reject || isOverride;
        var reasonCode = (string?)null;
        if (!string.IsNullOrWhiteSpace(request.ReasonCode))
        {
            reasonCode = policy.FindReasonCode(request.ReasonCode!);
            if (reasonCode == null)
            {
                return Refuse(approval, RefusalReason.ReasonCodeUnknown,
                    $"Reason code {InputText.Quote(request.ReasonCode)} is not one of the configured codes. Choose one of: {string.Join(", ", policy.ReasonCodes)}.");
            }
        }

        if (reasonRequired && reasonCode == null)
        {
            return Refuse(approval, RefusalReason.ReasonCodeRequired,
                $"{Why(request.Decision, isOverride)} needs a reason code. Choose one of: {string.Join(", ", policy.ReasonCodes)}.");
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason!.Trim();
        if (reasonRequired && reason == null)
        {
            return Refuse(approval, RefusalReason.ReasonTextRequired,
                $"{Why(request.Decision, isOverride)} needs a written reason. Explain your decision in the Decision reason field.");
        }

        if (reason != null && reason.Length > ApprovalPolicy.MaxReasonLength)
        {
            return Refuse(approval, RefusalReason.ReasonTooLong,
                $"The decision reason has {reason.Length} characters; shorten it to at most {ApprovalPolicy.MaxReasonLength}.");
        }

        return TransitionResult.Applied(new ApprovalChange(request.Decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected)
        {
            Decision = request.Decision,
            ReasonCode = reasonCode,
            Reason = reason,
            DecidedBy = request.DeciderId,
            DecidedOn = request.Now,
            Source = request.Source,
            IsOverride = isOverride,
        });
    }

    /// <summary>
    /// A flow retry or a double click replays the same decision by the same person: it succeeds without writing
    /// anything. The one replay rule, for the form and every API. A reason code or text that differs from the recorded
    /// one makes it another decision, which <see cref="Decide"/> refuses; leaving them out does not.
    /// </summary>
    public static bool IsReplay(ApprovalSnapshot approval, ApprovalDecision decision, Guid deciderId, string? reasonCode = null, string? reason = null) =>
        IsSameDecider(approval, decision, deciderId) && !DiffersFromRecordedReason(approval, reasonCode, reason);

    private static bool IsSameDecider(ApprovalSnapshot approval, ApprovalDecision decision, Guid deciderId) =>
        approval != null
        && (approval.Status == ApprovalStatus.Approved || approval.Status == ApprovalStatus.Rejected)
        && approval.Decision == decision
        && approval.DecidedBy == deciderId;

    private static bool DiffersFromRecordedReason(ApprovalSnapshot approval, string? reasonCode, string? reason) =>
        (!string.IsNullOrWhiteSpace(reasonCode) && !string.Equals(reasonCode!.Trim(), approval.ReasonCode?.Trim(), StringComparison.OrdinalIgnoreCase))
        || (!string.IsNullOrWhiteSpace(reason) && !string.Equals(reason!.Trim(), approval.DecisionReason?.Trim(), StringComparison.Ordinal));

    /// <summary>The owner user, a member of the owning team, or any HITL Approver role holder may decide.</summary>
    public static bool MayDecide(Principal owner, DecisionRequest request)
    {
        if (request.DeciderIsApprover) return true;
        return owner.Kind == PrincipalKind.User
            ? owner.Id == request.DeciderId
            : request.DeciderTeamIds.Contains(owner.Id);
    }

    private static TransitionResult? CheckStillOpen(ApprovalSnapshot approval, DecisionRequest request)
    {
        switch (approval.Status)
        {
            case ApprovalStatus.Pending:
            case ApprovalStatus.Escalated:
                return null;
            case ApprovalStatus.Approved:
            case ApprovalStatus.Rejected:
                if (IsSameDecider(approval, request.Decision, request.DeciderId))
                {
                    return DiffersFromRecordedReason(approval, request.ReasonCode, request.Reason)
                        ? Refuse(approval, RefusalReason.AlreadyDecided,
                            $"This approval was already {ApprovalText.Status(approval.Status)} with another reason{RecordedCode(approval)}, so this is not the same decision again. A decided approval cannot be changed; to revisit it, request a new approval.")
                        : TransitionResult.AlreadyApplied(approval.Status);
                }

                return Refuse(approval, RefusalReason.AlreadyDecided,
                    $"This approval was already {ApprovalText.Status(approval.Status)}{ByWhomAndWhen(approval, request)}. A decided approval cannot be changed; to revisit it, request a new approval.");
            case ApprovalStatus.Cancelled:
                return Refuse(approval, RefusalReason.NoLongerOpen,
                    $"This approval was cancelled{ByWhomAndWhen(approval, request)}, so it can no longer be decided. If a decision is still needed, request a new approval.");
            default:
                return Refuse(approval, RefusalReason.NoLongerOpen,
                    $"This approval expired on {ApprovalText.When(approval.DecidedOn)} without a decision, so it can no longer be decided. If a decision is still needed, request a new approval.");
        }
    }

    /// <summary>" by Oscar Owner on 2026-01-05 09:00 UTC" for someone who may read the approval, else nothing.</summary>
    private static string ByWhomAndWhen(ApprovalSnapshot approval, DecisionRequest request) =>
        request.MayKnowWhoDecided ? $" by {ApprovalText.Who(approval)} on {ApprovalText.When(approval.DecidedOn)}" : string.Empty;

    /// <summary>The decider is the one asking again, so they may see the code they gave.</summary>
    private static string RecordedCode(ApprovalSnapshot approval) =>
        string.IsNullOrWhiteSpace(approval.ReasonCode) ? string.Empty : $" (reason code {approval.ReasonCode!.Trim()})";

    private static string Why(ApprovalDecision decision, bool isOverride) =>
        decision == ApprovalDecision.Reject
            ? (isOverride ? "Rejecting against the recommendation" : "A rejection")
            : "Approving against the recommendation";

    private static TransitionResult Refuse(ApprovalSnapshot approval, RefusalReason reason, string message) =>
        TransitionResult.Refused(approval.Status, reason, message);
}
