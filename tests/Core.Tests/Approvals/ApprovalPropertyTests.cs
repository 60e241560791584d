using FsCheck.Xunit;
using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

/// <summary>
/// Random request sequences (decisions by various people, cancels, escalations, expiries) are derived from
/// FsCheck-generated integers, then replayed against the rules, writing each applied change as the plug-in would.
/// </summary>
public class ApprovalPropertyTests
{
    private static readonly Guid[] People = { A.Requester, A.Seller, A.Owner, A.Colleague, A.Stranger, A.Manager };

    [Property(MaxTest = 300)]
    public bool Terminal_states_are_never_left(int startSeed, int[] ops)
    {
        var terminal = new[] { ApprovalStatus.Approved, ApprovalStatus.Rejected, ApprovalStatus.Expired, ApprovalStatus.Cancelled };
        var start = terminal[Math.Abs(startSeed % terminal.Length)];
        var approval = A.Pending() with { Status = start, Decision = ApprovalDecision.Approve, DecidedBy = A.Owner, DecidedOn = A.Created.AddHours(1) };

        foreach (var op in ops)
        {
            var result = Run(approval, op);
            if (result.IsApplied) return false;
            approval = Write(approval, result);
        }

        return approval.Status == start;
    }

    [Property(MaxTest = 300)]
    public bool Once_terminal_the_status_stays_whatever_follows(int[] ops)
    {
        var approval = A.Pending();
        ApprovalStatus? terminalReached = null;
        foreach (var op in ops)
        {
            approval = Write(approval, Run(approval, op));
            if (terminalReached.HasValue && approval.Status != terminalReached) return false;
            if (!ApprovalStateMachine.IsOpen(approval.Status)) terminalReached = approval.Status;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Any_sequence_of_decisions_yields_at_most_one_accepted_decision(int[] ops)
    {
        var approval = A.Pending();
        var accepted = 0;
        foreach (var op in ops)
        {
            var result = ApprovalDecisionRules.Decide(approval, Decision(op), ApprovalPolicy.Default);
            if (result.IsApplied) accepted++;
            approval = Write(approval, result);
        }

        return accepted <= 1;
    }

    [Property(MaxTest = 300)]
    public bool Every_applied_change_is_an_allowed_transition(int[] ops)
    {
        var approval = A.Pending();
        foreach (var op in ops)
        {
            var result = Run(approval, op);
            if (result.IsApplied && !ApprovalStateMachine.CanTransition(approval.Status, result.Change!.NewStatus)) return false;
            approval = Write(approval, result);
        }

        return true;
    }

    private static TransitionResult Run(ApprovalSnapshot approval, int op)
    {
        var now = A.Now.AddMinutes(Math.Abs(op % 1000));
        switch (Math.Abs(op % 7))
        {
            case 0: return ApprovalTransitions.Cancel(approval, Pick(op), DecisionSource.Form, now);
            case 1: return ApprovalTransitions.Cancel(approval, null, DecisionSource.Automation, now);
            case 2: return ApprovalTransitions.Escalate(approval, Principal.User(A.Manager), now);
            case 3: return ApprovalTransitions.Expire(approval, now);
            default: return ApprovalDecisionRules.Decide(approval, Decision(op), ApprovalPolicy.Default);
        }
    }

    private static DecisionRequest Decision(int op)
    {
        var bits = Math.Abs(op / 7);
        var decision = bits % 2 == 0 ? ApprovalDecision.Approve : ApprovalDecision.Reject;
        return new DecisionRequest(decision, Pick(op / 3), DecisionSource.Api, A.Now.AddMinutes(bits % 500))
        {
            DeciderIsApprover = (bits / 2) % 2 == 0,
            ReasonCode = (bits / 4) % 3 == 0 ? null : "Other",
            Reason = (bits / 4) % 5 == 0 ? null : "Checked the source data.",
        };
    }

    private static Guid Pick(int op) => People[Math.Abs(op % People.Length)];

    private static ApprovalSnapshot Write(ApprovalSnapshot approval, TransitionResult result) =>
        result.IsApplied ? result.Change!.ApplyTo(approval) : approval;
}
