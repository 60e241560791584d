using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalFieldRulesTests
{
    [Theory]
    [InlineData(ApprovalField.Decision)]
    [InlineData(ApprovalField.DecidedBy)]
    [InlineData(ApprovalField.DecidedOn)]
    [InlineData(ApprovalField.Source)]
    [InlineData(ApprovalField.EscalatedOn)]
    [InlineData(ApprovalField.ReasonCode)]
    [InlineData(ApprovalField.DecisionReason)]
    public void A_new_approval_carries_no_part_of_a_decision(ApprovalField field)
    {
        Assert.StartsWith("A new approval starts pending and active", ApprovalFieldRules.CheckNew(new[] { ApprovalField.Type, field }, null, startsActive: true));
    }

    [Fact]
    public void A_new_approval_is_pending_and_active()
    {
        var asked = new[] { ApprovalField.Type, ApprovalField.Regarding, ApprovalField.Evidence, ApprovalField.Status };

        Assert.Null(ApprovalFieldRules.CheckNew(asked, ApprovalStatus.Pending, startsActive: true));
        Assert.NotNull(ApprovalFieldRules.CheckNew(asked, ApprovalStatus.Approved, startsActive: true));
        Assert.NotNull(ApprovalFieldRules.CheckNew(asked, ApprovalStatus.Pending, startsActive: false));
    }

    [Fact]
    public void Only_the_decision_api_may_name_the_decider()
    {
        var changed = new[] { ApprovalField.Decision, ApprovalField.DecidedBy };

        Assert.Null(ApprovalFieldRules.CheckChange(changed, ApprovalChannel.DecisionApi));
        Assert.Equal("DecidedBy is set by HITL Sales when an approval is created, decided, escalated or expired; remove it from your update.",
            ApprovalFieldRules.CheckChange(changed, ApprovalChannel.Client));
    }

    [Fact]
    public void What_was_asked_is_fixed_for_every_client_and_named_as_the_caller_sent_it()
    {
        var message = ApprovalFieldRules.CheckChange(new[] { ApprovalField.Evidence, ApprovalField.Regarding }, ApprovalChannel.DecisionApi, f => f == ApprovalField.Evidence ? "hitl_evidence" : "hitl_leadid");

        Assert.Equal("hitl_evidence, hitl_leadid cannot change once an approval is requested: they record what was asked, by whom and about whom. Cancel this approval and request a new one instead.", message);
    }

    [Fact]
    public void The_escalation_api_changes_status_owner_and_dates_only()
    {
        Assert.Null(ApprovalFieldRules.CheckChange(ApprovalFieldRules.Escalation.ToArray(), ApprovalChannel.EscalationApi));
        Assert.Equal("The escalation API may only change the status, owner and escalation dates of an approval, not Decision.",
            ApprovalFieldRules.CheckChange(new[] { ApprovalField.Owner, ApprovalField.Decision }, ApprovalChannel.EscalationApi));
    }

    [Theory]
    [InlineData(ApprovalStatus.Pending, 0, 1, true)]
    [InlineData(ApprovalStatus.Approved, 1, 2, true)]
    [InlineData(ApprovalStatus.Approved, 0, 1, false)]
    [InlineData(ApprovalStatus.Pending, 1, null, false)]
    public void A_state_update_is_harmless_only_when_it_follows_the_status(ApprovalStatus status, int? state, int? statusReason, bool follows)
    {
        Assert.Equal(follows, ApprovalFieldRules.IsStateFollowingStatus(status, state, statusReason));
    }
}
