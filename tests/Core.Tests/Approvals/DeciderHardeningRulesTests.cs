using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

/// <summary>Issue 7, item 7, as pure rules: who may be recorded as a decider, impersonation, replays and what a refusal discloses.</summary>
public class DeciderHardeningRulesTests
{
    private static readonly ApprovalPolicy Policy = ApprovalPolicy.Default;

    [Fact]
    public void System_and_disabled_deciders_are_refused_as_not_a_person()
    {
        var system = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { DeciderIsSystem = true }, Policy);
        var disabled = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { DeciderIsDisabled = true }, Policy);

        Assert.Equal(RefusalReason.DeciderNotAPerson, system.Refusal);
        Assert.Contains("never SYSTEM", system.Message);
        Assert.Equal(RefusalReason.DeciderNotAPerson, disabled.Refusal);
        Assert.Contains("disabled", disabled.Message);
    }

    [Fact]
    public void The_requester_or_subject_acting_on_behalf_of_the_owner_is_refused()
    {
        var requester = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { OnBehalfOfCallerId = A.Requester }, Policy);
        var subject = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { OnBehalfOfCallerId = A.Seller }, Policy);
        var colleague = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { OnBehalfOfCallerId = A.Colleague }, Policy);

        Assert.Equal(RefusalReason.RequesterCannotDecide, requester.Refusal);
        Assert.Equal(RefusalReason.SubjectCannotDecide, subject.Refusal);
        Assert.True(colleague.IsApplied);
    }

    [Fact]
    public void The_same_decision_with_another_reason_is_refused_as_such_and_without_reasons_is_a_replay()
    {
        var decided = A.Decided(ApprovalDecision.Reject, A.Owner) with { ReasonCode = "DataQuality", DecisionReason = "Deal value is wrong in the source system." };

        var other = ApprovalDecisionRules.Decide(decided, A.Reject(A.Owner, "ModelError", "The score ignores the budget."), Policy);
        var same = ApprovalDecisionRules.Decide(decided, A.Reject(A.Owner, "dataquality", " Deal value is wrong in the source system. "), Policy);
        var bare = ApprovalDecisionRules.Decide(decided, A.Reject(A.Owner, null, null), Policy);

        Assert.Equal(RefusalReason.AlreadyDecided, other.Refusal);
        Assert.Contains("already rejected with another reason (reason code DataQuality)", other.Message);
        Assert.Equal(TransitionOutcome.AlreadyApplied, same.Outcome);
        Assert.Equal(TransitionOutcome.AlreadyApplied, bare.Outcome);
        Assert.False(ApprovalDecisionRules.IsReplay(decided, ApprovalDecision.Reject, A.Owner, "ModelError", null));
        Assert.True(ApprovalDecisionRules.IsReplay(decided, ApprovalDecision.Reject, A.Owner, "DATAQUALITY", null));
    }

    [Fact]
    public void Who_decided_and_when_are_told_only_to_someone_who_may_read_the_approval()
    {
        var decided = A.Decided(ApprovalDecision.Approve, A.Owner);

        var told = ApprovalDecisionRules.Decide(decided, A.Reject(A.Colleague), Policy);
        var notTold = ApprovalDecisionRules.Decide(decided, A.Reject(A.Colleague) with { MayKnowWhoDecided = false }, Policy);

        Assert.Contains("already approved by Dana Owner on 2026-03-02 14:05 UTC", told.Message);
        Assert.StartsWith("This approval was already approved. ", notTold.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Owner", notTold.Message);
        Assert.DoesNotContain("2026", notTold.Message);
    }

    [Fact]
    public void An_unknown_reason_code_is_quoted_by_its_start_only()
    {
        var code = new string('x', 5000);

        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, code), Policy);

        Assert.Equal(RefusalReason.ReasonCodeUnknown, result.Refusal);
        Assert.DoesNotContain(new string('x', 41), result.Message);
        Assert.Contains("(5000 characters)", result.Message);
    }
}
