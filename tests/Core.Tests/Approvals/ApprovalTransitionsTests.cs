using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalTransitionsTests
{
    [Fact]
    public void Requester_can_cancel_a_pending_approval()
    {
        var result = ApprovalTransitions.Cancel(A.Pending(), A.Requester, DecisionSource.Form, A.Now);

        Assert.True(result.IsApplied);
        Assert.Equal(new ApprovalChange(ApprovalStatus.Cancelled) { DecidedBy = A.Requester, DecidedOn = A.Now, Source = DecisionSource.Form }, result.Change);
    }

    [Fact]
    public void System_cancellation_is_recorded_as_automation_without_a_person()
    {
        var result = ApprovalTransitions.Cancel(A.Pending(), cancelledBy: null, DecisionSource.Api, A.Now);

        Assert.Equal(new ApprovalChange(ApprovalStatus.Cancelled) { DecidedOn = A.Now, Source = DecisionSource.Automation }, result.Change);
    }

    [Fact]
    public void Only_the_requester_may_cancel()
    {
        var result = ApprovalTransitions.Cancel(A.Pending(), A.Owner, DecisionSource.Form, A.Now);

        Assert.Equal(RefusalReason.NotAllowedToCancel, result.Refusal);
        Assert.Equal("Only the person who requested this approval can cancel it. Ask the requester, or decide it if you are the approver.", result.Message);
    }

    [Fact]
    public void Cancelling_twice_is_a_no_op()
    {
        var cancelled = A.Pending() with { Status = ApprovalStatus.Cancelled };

        Assert.True(ApprovalTransitions.Cancel(cancelled, A.Requester, DecisionSource.Form, A.Now).Outcome == TransitionOutcome.AlreadyApplied);
    }

    [Fact]
    public void Escalated_approval_cannot_be_cancelled()
    {
        var escalated = A.Pending() with { Status = ApprovalStatus.Escalated };

        var result = ApprovalTransitions.Cancel(escalated, A.Requester, DecisionSource.Form, A.Now);

        Assert.Equal(RefusalReason.TransitionNotAllowed, result.Refusal);
        Assert.Equal("An escalated approval cannot be cancelled; the escalation approver must decide it or let it expire.", result.Message);
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved)]
    [InlineData(ApprovalStatus.Rejected)]
    [InlineData(ApprovalStatus.Expired)]
    public void Terminal_approvals_cannot_be_cancelled(ApprovalStatus status)
    {
        var closed = A.Pending() with { Status = status, DecidedOn = A.Created.AddHours(3) };

        var result = ApprovalTransitions.Cancel(closed, A.Requester, DecisionSource.Form, A.Now);

        Assert.Equal(RefusalReason.TransitionNotAllowed, result.Refusal);
        Assert.Equal($"This approval is already {status.ToString().ToLowerInvariant()} (on 2026-03-02 12:00 UTC), so it cannot become cancelled.", result.Message);
    }

    [Fact]
    public void Escalation_sets_escalated_on_and_the_new_owner()
    {
        var result = ApprovalTransitions.Escalate(A.Pending(), Principal.Team(A.EscalationTeam), A.Now);

        Assert.Equal(new ApprovalChange(ApprovalStatus.Escalated) { EscalatedOn = A.Now, NewOwner = Principal.Team(A.EscalationTeam) }, result.Change);
    }

    [Fact]
    public void Escalation_to_the_same_owner_does_not_reassign()
    {
        var result = ApprovalTransitions.Escalate(A.Pending(), Principal.User(A.Owner), A.Now);

        Assert.Equal(ApprovalStatus.Escalated, result.Change!.NewStatus);
        Assert.Null(result.Change.NewOwner);
    }

    [Theory]
    [InlineData(ApprovalStatus.Escalated)]
    [InlineData(ApprovalStatus.Approved)]
    [InlineData(ApprovalStatus.Rejected)]
    [InlineData(ApprovalStatus.Expired)]
    [InlineData(ApprovalStatus.Cancelled)]
    public void Only_pending_approvals_escalate(ApprovalStatus status)
    {
        var result = ApprovalTransitions.Escalate(A.Pending() with { Status = status }, Principal.User(A.Manager), A.Now);

        Assert.Equal(RefusalReason.TransitionNotAllowed, result.Refusal);
        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData(ApprovalStatus.Pending)]
    [InlineData(ApprovalStatus.Escalated)]
    public void Open_approvals_expire_as_automation_without_a_decision(ApprovalStatus status)
    {
        var result = ApprovalTransitions.Expire(A.Pending() with { Status = status }, A.Now);

        Assert.Equal(new ApprovalChange(ApprovalStatus.Expired) { DecidedOn = A.Now, Source = DecisionSource.Automation }, result.Change);
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved)]
    [InlineData(ApprovalStatus.Rejected)]
    [InlineData(ApprovalStatus.Expired)]
    [InlineData(ApprovalStatus.Cancelled)]
    public void Terminal_approvals_do_not_expire(ApprovalStatus status)
    {
        Assert.True(ApprovalTransitions.Expire(A.Pending() with { Status = status }, A.Now).IsRefused);
    }
}

public class ApprovalChangeTests
{
    [Fact]
    public void Applying_a_decision_gives_the_post_image_and_keeps_untouched_columns()
    {
        var change = ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner), ApprovalPolicy.Default).Change!;

        var after = change.ApplyTo(A.Pending() with { DecidedByName = "stale" });

        Assert.Equal(ApprovalStatus.Rejected, after.Status);
        Assert.Equal((ApprovalDecision?)ApprovalDecision.Reject, after.Decision);
        Assert.Equal((A.Owner, A.Now, DecisionSource.Form), (after.DecidedBy!.Value, after.DecidedOn!.Value, after.Source!.Value));
        Assert.Null(after.DecidedByName);
        Assert.Equal(Principal.User(A.Owner), after.Owner);
        Assert.Equal(A.Pending().DueOn, after.DueOn);
    }

    [Fact]
    public void Applying_an_escalation_reassigns_and_stamps_the_time()
    {
        var after = ApprovalTransitions.Escalate(A.Pending(), Principal.Team(A.EscalationTeam), A.Now).Change!.ApplyTo(A.Pending());

        Assert.Equal((ApprovalStatus.Escalated, Principal.Team(A.EscalationTeam), (DateTime?)A.Now), (after.Status, after.Owner, after.EscalatedOn));
    }
}
