namespace Hitl.Core.Approvals;

/// <summary>
/// Plans a run of hitl_EscalateOverdueApprovals. A pending approval is overdue once now is strictly after
/// hitl_dueon → escalate. An escalated approval expires once now is strictly after hitl_escalatedon +
/// expiry hours. An approval gets at most one step per run, so an approval found long overdue is
/// escalated first and gives the escalation approver the full expiry window. Rows without the date a
/// rule needs are left alone (kept with a person, never expired on a guess).
/// </summary>
public static class EscalationPlanner
{
    public static IReadOnlyList<EscalationAction> Plan(IEnumerable<ApprovalSnapshot> approvals, DateTime now, decimal expiryHours, IEscalationTarget target)
    {
        if (approvals == null) throw new ArgumentNullException(nameof(approvals));
        if (target == null) throw new ArgumentNullException(nameof(target));
        if (expiryHours <= 0) throw new ArgumentOutOfRangeException(nameof(expiryHours), expiryHours, "Expiry hours must be greater than 0.");

        var expiry = TimeSpan.FromTicks((long)(expiryHours * TimeSpan.TicksPerHour));
        var actions = new List<EscalationAction>();
        foreach (var approval in approvals.OrderBy(a => a.DueOn ?? DateTime.MaxValue).ThenBy(a => a.Id))
        {
            if (IsOverdue(approval, now))
            {
                // Escalating to the requester or the subject (say, a manager whose own request it is) would leave
                // nobody able to decide: it stays with its owner, still marked escalated.
                var to = target.Resolve(approval.Owner);
                if (!ApprovalOwnership.CanOwn(to, approval.RequestedBy, approval.SubjectUserId)) to = approval.Owner;
                actions.Add(Action(approval, EscalationActionKind.Escalate, ApprovalTransitions.Escalate(approval, to, now)));
            }
            else if (HasExpired(approval, now, expiry))
            {
                actions.Add(Action(approval, EscalationActionKind.Expire, ApprovalTransitions.Expire(approval, now)));
            }
        }

        return actions;
    }

    public static bool IsOverdue(ApprovalSnapshot approval, DateTime now) =>
        approval.Status == ApprovalStatus.Pending && approval.DueOn.HasValue && now > approval.DueOn.Value;

    public static bool HasExpired(ApprovalSnapshot approval, DateTime now, TimeSpan expiry) =>
        approval.Status == ApprovalStatus.Escalated && approval.EscalatedOn.HasValue && now > approval.EscalatedOn.Value + expiry;

    private static EscalationAction Action(ApprovalSnapshot approval, EscalationActionKind kind, TransitionResult result) =>
        // The filters above only pick approvals whose transition is allowed.
        new EscalationAction(approval.Id, kind, result.Change ?? throw new InvalidOperationException(result.Message));
}
