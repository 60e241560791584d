namespace Hitl.Core.Approvals;

/// <summary>The transitions other than a decision: cancel (requester or system), escalate and expire (system).</summary>
public static class ApprovalTransitions
{
    /// <summary>
    /// Cancels a pending approval. Only its requester or the system (cancelledBy = null) may cancel;
    /// cancelling an already cancelled approval is a no-op so retries succeed.
    /// </summary>
    public static TransitionResult Cancel(ApprovalSnapshot approval, Guid? cancelledBy, DecisionSource source, DateTime now)
    {
        if (approval == null) throw new ArgumentNullException(nameof(approval));
        if (approval.Status == ApprovalStatus.Cancelled) return TransitionResult.AlreadyApplied(approval.Status);

        if (cancelledBy.HasValue && approval.RequestedBy != cancelledBy)
        {
            return TransitionResult.Refused(approval.Status, RefusalReason.NotAllowedToCancel,
                "Only the person who requested this approval can cancel it. Ask the requester, or decide it if you are the approver.");
        }

        if (!ApprovalStateMachine.CanTransition(approval.Status, ApprovalStatus.Cancelled))
        {
            return NotAllowed(approval, ApprovalStatus.Cancelled, approval.Status == ApprovalStatus.Escalated
                ? "An escalated approval cannot be cancelled; the escalation approver must decide it or let it expire."
                : null);
        }

        return TransitionResult.Applied(new ApprovalChange(ApprovalStatus.Cancelled)
        {
            DecidedBy = cancelledBy,
            DecidedOn = now,
            Source = cancelledBy.HasValue ? source : DecisionSource.Automation,
        });
    }

    /// <summary>Moves a pending approval to escalated and, when the target differs, reassigns it.</summary>
    public static TransitionResult Escalate(ApprovalSnapshot approval, Principal target, DateTime now)
    {
        if (approval == null) throw new ArgumentNullException(nameof(approval));
        if (target == null) throw new ArgumentNullException(nameof(target));
        if (!ApprovalStateMachine.CanTransition(approval.Status, ApprovalStatus.Escalated))
        {
            return NotAllowed(approval, ApprovalStatus.Escalated, null);
        }

        return TransitionResult.Applied(new ApprovalChange(ApprovalStatus.Escalated)
        {
            EscalatedOn = now,
            NewOwner = target == approval.Owner ? null : target,
        });
    }

    /// <summary>Expires an open approval that nobody decided in time. Expiry is never a decision.</summary>
    public static TransitionResult Expire(ApprovalSnapshot approval, DateTime now)
    {
        if (approval == null) throw new ArgumentNullException(nameof(approval));
        if (!ApprovalStateMachine.CanTransition(approval.Status, ApprovalStatus.Expired))
        {
            return NotAllowed(approval, ApprovalStatus.Expired, null);
        }

        return TransitionResult.Applied(new ApprovalChange(ApprovalStatus.Expired)
        {
            DecidedOn = now,
            Source = DecisionSource.Automation,
        });
    }

    private static TransitionResult NotAllowed(ApprovalSnapshot approval, ApprovalStatus to, string? detail) =>
        TransitionResult.Refused(approval.Status, RefusalReason.TransitionNotAllowed,
            detail ?? $"This approval is already {ApprovalText.Status(approval.Status)} (on {ApprovalText.When(approval.DecidedOn ?? approval.EscalatedOn)}), so it cannot become {ApprovalText.Status(to)}.");
}
