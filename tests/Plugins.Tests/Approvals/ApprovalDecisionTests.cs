using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Approvals;

/// <summary>Deciding on the form: who may decide, what a decision needs, and what it writes.</summary>
public class ApprovalDecisionTests
{
    [Fact]
    public void The_owner_approves_and_the_plugin_records_who_when_and_how()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(TimeSpan.FromHours(2));

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
        Assert.Equal(world.Owner, row.GetAttributeValue<EntityReference>("hitl_decidedby").Id);
        Assert.Equal(world.Emulator.Clock.UtcNow, row["hitl_decidedon"]);
        Assert.Equal((int)DecisionSource.Form, row.GetAttributeValue<OptionSetValue>("hitl_source").Value);
    }

    [Fact]
    public void A_rejection_needs_a_configured_reason_code_and_a_written_reason()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var noCode = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, reason: "Not a real company"));
        var unknownCode = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "Gut feeling", "Not a real company"));
        var noText = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "DataQuality"));

        Assert.Contains("needs a reason code. Choose one of: DataQuality, PolicyException, ModelError, CustomerContext, Disqualify, Other", noCode.Message);
        Assert.Contains("Reason code 'Gut feeling' is not one of the configured codes", unknownCode.Message);
        Assert.Contains("needs a written reason", noText.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "DataQuality", "Not a real company");

        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Rejected, world.StatusOf(id));
        Assert.Equal("DataQuality", row["hitl_reasoncode"]);
        Assert.Equal("Not a real company", row["hitl_decisionreason"]);
    }

    [Fact]
    public void The_reason_codes_come_from_the_environment_variable()
    {
        var world = new ApprovalWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalReasonCodes", "[\"Fraud\",\"Duplicate\"]");
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "DataQuality", "dup"));
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "duplicate", "Same lead as last week");

        Assert.Contains("Choose one of: Fraud, Duplicate", fault.Message);
        Assert.Equal("Duplicate", world.Approval(id)["hitl_reasoncode"]);
    }

    [Fact]
    public void Overriding_the_recommendation_needs_a_reason_even_when_approving()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(recommendation: ApprovalDecision.Reject);

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve));

        Assert.Contains("Approving against the recommendation needs a reason code", fault.Message);
    }

    [Fact]
    public void The_requester_cannot_decide_their_own_request()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(owner: new EntityReference("systemuser", world.Requester));

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Requester, id, ApprovalDecision.Approve));

        Assert.Contains("You requested this approval, so someone else must decide it", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void The_person_an_approval_is_about_cannot_decide_it_even_as_an_approver()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(ApprovalType.CommissionValidation, subject: world.RoleApprover);

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.RoleApprover, id, ApprovalDecision.Approve));

        Assert.Contains("This approval is about you", fault.Message);
    }

    [Fact]
    public void Someone_who_is_neither_owner_team_member_nor_approver_cannot_decide()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Outsider, id, ApprovalDecision.Approve));

        Assert.Contains("You cannot decide this approval", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void A_holder_of_the_HITL_Approver_role_may_decide_any_approval()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        world.DecideOnForm(world.RoleApprover, id, ApprovalDecision.Approve);

        Assert.Equal(world.RoleApprover, world.Approval(id).GetAttributeValue<EntityReference>("hitl_decidedby").Id);
    }

    [Fact]
    public void A_member_of_the_owning_team_may_decide_and_others_may_not()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(owner: new EntityReference("team", world.ReviewTeam));

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Outsider, id, ApprovalDecision.Approve));
        world.DecideOnForm(world.TeamMember, id, ApprovalDecision.Approve);

        Assert.Contains("You cannot decide this approval", fault.Message);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
    }

    [Fact]
    public void A_decided_approval_cannot_be_decided_differently_and_says_who_decided_first()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.RoleApprover, id, ApprovalDecision.Reject, "Other", "Changed my mind"));

        Assert.Contains("already approved by Oscar Owner", fault.Message);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
    }

    [Fact]
    public void Saving_the_same_decision_again_is_a_harmless_no_op()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);
        var decidedOn = world.Approval(id)["hitl_decidedon"];
        world.Emulator.Clock.Advance(TimeSpan.FromMinutes(5));

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        Assert.Equal(decidedOn, world.Approval(id)["hitl_decidedon"]);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
    }

    [Fact]
    public void A_decided_approval_is_immutable()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_name"] = "Renamed afterwards" }));

        Assert.Contains("already approved and can no longer be changed", fault.Message);
    }

    [Fact]
    public void A_finished_approval_becomes_inactive_so_the_app_shows_it_read_only()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        var row = world.Approval(id);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Replaying_a_decision_cannot_smuggle_in_other_changes()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(new Entity("hitl_approval", id)
        {
            ["hitl_decision"] = new OptionSetValue((int)ApprovalDecision.Approve),
            ["hitl_name"] = "Changed later",
        }));

        Assert.Contains("can no longer be changed", fault.Message);
        Assert.NotEqual("Changed later", world.Approval(id)["hitl_name"]);
    }

    [Theory]
    [InlineData("hitl_subjectuserid")]
    [InlineData("hitl_requestedby")]
    [InlineData("hitl_recommendation")]
    [InlineData("hitl_evidence")]
    [InlineData("hitl_type")]
    public void What_was_asked_and_about_whom_cannot_change_while_the_approval_is_open(string column)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(ApprovalType.CommissionValidation, subject: world.RoleApprover);
        var update = new Entity("hitl_approval", id)
        {
            [column] = column switch
            {
                "hitl_subjectuserid" => null,
                "hitl_requestedby" => new EntityReference("systemuser", world.Outsider),
                "hitl_recommendation" => new OptionSetValue((int)ApprovalDecision.Reject),
                "hitl_type" => new OptionSetValue(ApprovalType.LeadReview.Value),
                _ => "{\"score\":99}",
            },
        };

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(update));

        Assert.Contains($"{column} cannot change once an approval is requested", fault.Message);
        Assert.Equal(world.RoleApprover, world.Approval(id).GetAttributeValue<EntityReference>("hitl_subjectuserid").Id);
    }

    [Fact]
    public void A_reason_saved_before_the_decision_counts()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_reasoncode"] = "DataQuality", ["hitl_decisionreason"] = "Company does not exist" });

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject);

        Assert.Equal(ApprovalStatus.Rejected, world.StatusOf(id));
        Assert.Equal("Company does not exist", world.Approval(id)["hitl_decisionreason"]);
    }

    [Fact]
    public void Saving_unchanged_values_of_protected_columns_as_a_form_does_is_fine()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        var row = world.Approval(id);

        world.As(world.Owner).Update(new Entity("hitl_approval", id)
        {
            ["hitl_type"] = row["hitl_type"],
            ["hitl_requestedby"] = row["hitl_requestedby"],
            ["hitl_correlationkey"] = row["hitl_correlationkey"],
            ["hitl_decision"] = new OptionSetValue((int)ApprovalDecision.Approve),
        });

        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
    }

    [Theory]
    [InlineData("hitl_decidedby")]
    [InlineData("hitl_decidedon")]
    [InlineData("hitl_correlationkey")]
    public void System_columns_are_never_taken_from_the_client(string column)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        var update = new Entity("hitl_approval", id)
        {
            ["hitl_decision"] = new OptionSetValue((int)ApprovalDecision.Approve),
            [column] = column switch
            {
                "hitl_decidedby" => new EntityReference("systemuser", world.RoleApprover),
                "hitl_decidedon" => (object)world.Emulator.Clock.UtcNow.AddDays(-3),
                _ => "forged",
            },
        };

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(update));

        Assert.Contains($"{column} is set by HITL Sales", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void The_requester_can_cancel_a_pending_request_and_others_cannot()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        var cancel = new Entity("hitl_approval", id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) };

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(cancel));
        world.As(world.Requester).Update(cancel);

        Assert.Contains("Only the person who requested this approval can cancel it", fault.Message);
        Assert.Equal(ApprovalStatus.Cancelled, world.StatusOf(id));
        Assert.Equal(world.Requester, world.Approval(id).GetAttributeValue<EntityReference>("hitl_decidedby").Id);
    }

    [Fact]
    public void Setting_the_status_directly_to_a_decision_is_refused_with_how_to_decide()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Approved) }));

        Assert.Contains("set Decision to Approve or Reject", fault.Message);
    }
}
