using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalDecisionRulesTests
{
    private static readonly ApprovalPolicy Policy = ApprovalPolicy.Default;

    [Fact]
    public void Owner_approving_in_line_with_the_recommendation_writes_every_system_field()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { Source = DecisionSource.Flow }, Policy);

        Assert.True(result.IsApplied);
        Assert.Equal(ApprovalStatus.Approved, result.Status);
        var change = result.Change!;
        Assert.Equal(ApprovalStatus.Approved, change.NewStatus);
        Assert.Equal(ApprovalDecision.Approve, change.Decision);
        Assert.Equal(A.Owner, change.DecidedBy);
        Assert.Equal(A.Now, change.DecidedOn);
        Assert.Equal(DecisionSource.Flow, change.Source);
        Assert.False(change.IsOverride);
        Assert.Null(change.ReasonCode);
        Assert.Null(change.Reason);
    }

    [Fact]
    public void Escalated_approval_can_still_be_decided()
    {
        var escalated = A.Pending() with { Status = ApprovalStatus.Escalated, EscalatedOn = A.Now.AddHours(-1) };

        var result = ApprovalDecisionRules.Decide(escalated, A.Reject(A.Owner), Policy);

        Assert.True(result.IsApplied);
        Assert.Equal(ApprovalStatus.Rejected, result.Change!.NewStatus);
    }

    [Fact]
    public void Rejection_with_code_and_text_is_accepted_with_the_configured_spelling_of_the_code()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, code: " dataquality ", reason: "  Amount double counted.  "), Policy);

        Assert.True(result.IsApplied);
        Assert.Equal(ApprovalStatus.Rejected, result.Change!.NewStatus);
        Assert.Equal("DataQuality", result.Change.ReasonCode);
        Assert.Equal("Amount double counted.", result.Change.Reason);
        Assert.True(result.Change.IsOverride);
    }

    [Fact]
    public void Rejection_without_a_recommendation_is_not_an_override_but_still_needs_a_reason()
    {
        var pending = A.Pending(recommendation: null);

        var accepted = ApprovalDecisionRules.Decide(pending, A.Reject(A.Owner), Policy);
        var refused = ApprovalDecisionRules.Decide(pending, A.Reject(A.Owner, code: null), Policy);

        Assert.False(accepted.Change!.IsOverride);
        Assert.Equal(RefusalReason.ReasonCodeRequired, refused.Refusal);
        Assert.Equal("A rejection needs a reason code. Choose one of: DataQuality, PolicyException, ModelError, CustomerContext, Disqualify, Other.", refused.Message);
    }

    [Fact]
    public void Approving_against_a_reject_recommendation_is_an_override_and_needs_code_and_text()
    {
        var pending = A.Pending(recommendation: ApprovalDecision.Reject);

        var noCode = ApprovalDecisionRules.Decide(pending, A.Approve(A.Owner), Policy);
        var noText = ApprovalDecisionRules.Decide(pending, A.Approve(A.Owner) with { ReasonCode = "CustomerContext", Reason = "   " }, Policy);
        var full = ApprovalDecisionRules.Decide(pending, A.Approve(A.Owner) with { ReasonCode = "CustomerContext", Reason = "Strategic account." }, Policy);

        Assert.Equal(RefusalReason.ReasonCodeRequired, noCode.Refusal);
        Assert.StartsWith("Approving against the recommendation needs a reason code.", noCode.Message);
        Assert.Equal(RefusalReason.ReasonTextRequired, noText.Refusal);
        Assert.Equal("Approving against the recommendation needs a written reason. Explain your decision in the Decision reason field.", noText.Message);
        Assert.True(full.IsApplied);
        Assert.True(full.Change!.IsOverride);
        Assert.Equal("CustomerContext", full.Change.ReasonCode);
    }

    [Fact]
    public void Rejection_without_text_is_refused()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, reason: null), Policy);

        Assert.Equal(RefusalReason.ReasonTextRequired, result.Refusal);
        Assert.Equal("Rejecting against the recommendation needs a written reason. Explain your decision in the Decision reason field.", result.Message);
        Assert.Null(result.Change);
    }

    [Fact]
    public void Unknown_reason_code_is_refused_even_when_no_reason_is_required()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { ReasonCode = "GutFeeling" }, Policy);

        Assert.Equal(RefusalReason.ReasonCodeUnknown, result.Refusal);
        Assert.Equal("Reason code 'GutFeeling' is not one of the configured codes. Choose one of: DataQuality, PolicyException, ModelError, CustomerContext, Disqualify, Other.", result.Message);
    }

    [Fact]
    public void Reason_codes_come_from_the_policy()
    {
        var policy = new ApprovalPolicy(new[] { "Fraud" });

        Assert.True(ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, code: "Fraud"), policy).IsApplied);
        Assert.Equal(RefusalReason.ReasonCodeUnknown, ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, code: "DataQuality"), policy).Refusal);
    }

    [Fact]
    public void Reason_longer_than_the_column_is_refused()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Reject(A.Owner, reason: new string('x', 4001)), Policy);

        Assert.Equal(RefusalReason.ReasonTooLong, result.Refusal);
        Assert.Equal("The decision reason has 4001 characters; shorten it to at most 4000.", result.Message);
    }

    [Fact]
    public void Requester_may_not_decide_even_as_owner_and_approver()
    {
        var ownRequest = A.Pending() with { Owner = Principal.User(A.Requester) };

        var result = ApprovalDecisionRules.Decide(ownRequest, A.Approve(A.Requester) with { DeciderIsApprover = true }, Policy);

        Assert.Equal(RefusalReason.RequesterCannotDecide, result.Refusal);
        Assert.Equal("You requested this approval, so someone else must decide it (segregation of duties). Ask the assigned approver or another HITL Approver.", result.Message);
        Assert.Equal(ApprovalStatus.Pending, result.Status);
    }

    [Fact]
    public void Subject_user_may_not_decide_their_own_commission()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Seller) with { DeciderIsApprover = true }, Policy);

        Assert.Equal(RefusalReason.SubjectCannotDecide, result.Refusal);
        Assert.Contains("This approval is about you", result.Message);
        Assert.Contains("segregation of duties", result.Message);
    }

    [Fact]
    public void Someone_who_is_neither_owner_team_member_nor_approver_is_refused()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Stranger) with { DeciderTeamIds = new[] { A.EscalationTeam } }, Policy);

        Assert.Equal(RefusalReason.NotAnApprover, result.Refusal);
        Assert.Equal("You cannot decide this approval: it is assigned to another user or team and you do not hold the HITL Approver security role. Ask the assigned approver, or ask an administrator to assign the approval to you.", result.Message);
    }

    [Fact]
    public void Holder_of_the_approver_role_may_decide_an_approval_assigned_to_someone_else()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Stranger) with { DeciderIsApprover = true }, Policy);

        Assert.True(result.IsApplied);
        Assert.Equal(A.Stranger, result.Change!.DecidedBy);
    }

    [Fact]
    public void Member_of_the_owning_team_may_decide_and_a_non_member_may_not()
    {
        var teamOwned = A.Pending() with { Owner = Principal.Team(A.FinanceTeam) };

        var member = ApprovalDecisionRules.Decide(teamOwned, A.Approve(A.Colleague) with { DeciderTeamIds = new[] { A.EscalationTeam, A.FinanceTeam } }, Policy);
        var nonMember = ApprovalDecisionRules.Decide(teamOwned, A.Approve(A.Colleague) with { DeciderTeamIds = new[] { A.EscalationTeam } }, Policy);

        Assert.True(member.IsApplied);
        Assert.Equal(RefusalReason.NotAnApprover, nonMember.Refusal);
    }

    [Fact]
    public void A_user_id_equal_to_a_team_id_does_not_make_the_user_the_owner()
    {
        // Guards against comparing ids without their kind: ownerid of a team is not a user.
        var teamOwned = A.Pending() with { Owner = Principal.Team(A.Colleague) };

        var result = ApprovalDecisionRules.Decide(teamOwned, A.Approve(A.Colleague), Policy);

        Assert.Equal(RefusalReason.NotAnApprover, result.Refusal);
    }

    [Fact]
    public void Unknown_decider_is_refused()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(Guid.Empty) with { DeciderIsApprover = true }, Policy);

        Assert.Equal(RefusalReason.UnknownDecider, result.Refusal);
        Assert.StartsWith("We could not tell who is deciding.", result.Message);
    }

    [Fact]
    public void Decision_values_other_than_approve_or_reject_are_refused()
    {
        var result = ApprovalDecisionRules.Decide(A.Pending(), A.Approve(A.Owner) with { Decision = (ApprovalDecision)741200002 }, Policy);

        Assert.Equal(RefusalReason.UnknownDecision, result.Refusal);
        Assert.Equal("The decision must be Approve or Reject.", result.Message);
    }

    [Fact]
    public void Replaying_the_same_decision_by_the_same_person_is_a_no_op_success()
    {
        var decided = A.Decided(ApprovalDecision.Reject, A.Owner);

        var result = ApprovalDecisionRules.Decide(decided, A.Reject(A.Owner, code: null, reason: null), Policy);

        Assert.True(result.Outcome == TransitionOutcome.AlreadyApplied);
        Assert.Equal(ApprovalStatus.Rejected, result.Status);
        Assert.Null(result.Change);
    }

    [Fact]
    public void A_different_decision_on_a_decided_approval_names_who_decided_first_and_when()
    {
        var decided = A.Decided(ApprovalDecision.Approve, A.Owner, "Dana Owner");

        var result = ApprovalDecisionRules.Decide(decided, A.Reject(A.Colleague) with { DeciderIsApprover = true }, Policy);

        Assert.Equal(RefusalReason.AlreadyDecided, result.Refusal);
        Assert.Equal("This approval was already approved by Dana Owner on 2026-03-02 14:05 UTC. A decided approval cannot be changed; to revisit it, request a new approval.", result.Message);
        Assert.Equal(ApprovalStatus.Approved, result.Status);
    }

    [Fact]
    public void The_same_decision_by_another_person_is_refused_not_replayed()
    {
        var decided = A.Decided(ApprovalDecision.Approve, A.Owner, byName: null);

        var result = ApprovalDecisionRules.Decide(decided, A.Approve(A.Colleague) with { DeciderIsApprover = true }, Policy);

        Assert.Equal(RefusalReason.AlreadyDecided, result.Refusal);
        Assert.Contains($"by user {A.Owner:D} on 2026-03-02 14:05 UTC", result.Message);
    }

    [Fact]
    public void Cancelled_approval_cannot_be_decided()
    {
        var cancelled = A.Pending() with { Status = ApprovalStatus.Cancelled, DecidedBy = A.Requester, DecidedByName = "Rob Requester", DecidedOn = A.Created.AddHours(2) };

        var result = ApprovalDecisionRules.Decide(cancelled, A.Approve(A.Owner), Policy);

        Assert.Equal(RefusalReason.NoLongerOpen, result.Refusal);
        Assert.Equal("This approval was cancelled by Rob Requester on 2026-03-02 11:00 UTC, so it can no longer be decided. If a decision is still needed, request a new approval.", result.Message);
    }

    [Fact]
    public void Expired_approval_cannot_be_decided()
    {
        var expired = A.Pending() with { Status = ApprovalStatus.Expired, DecidedOn = A.Created.AddHours(120), Source = DecisionSource.Automation };

        var result = ApprovalDecisionRules.Decide(expired, A.Approve(A.Owner), Policy);

        Assert.Equal(RefusalReason.NoLongerOpen, result.Refusal);
        Assert.Equal("This approval expired on 2026-03-07 09:00 UTC without a decision, so it can no longer be decided. If a decision is still needed, request a new approval.", result.Message);
    }
}
