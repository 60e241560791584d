using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Approvals;

/// <summary>On create, an approval becomes a well-formed pending approval: key, due date, requester.</summary>
public class ApprovalCreationTests
{
    [Fact]
    public void A_new_approval_is_pending_with_its_correlation_key_requester_and_sla_due_date()
    {
        var world = new ApprovalWorld();

        var id = world.RequestApproval();

        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Equal($"{ApprovalType.LeadReview.Value}|lead|{world.LeadId:D}", row["hitl_correlationkey"]);
        Assert.Equal("lead", row["hitl_regardingtable"]);
        Assert.Equal(world.LeadId.ToString("D"), row["hitl_regardingid"]);
        Assert.Equal(world.Requester, row.GetAttributeValue<EntityReference>("hitl_requestedby").Id);
        Assert.Equal(world.Emulator.Clock.UtcNow.AddHours(48), row["hitl_dueon"]);
    }

    [Fact]
    public void Requested_by_is_the_calling_user_whatever_the_client_sends()
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_leadid"] = new EntityReference("lead", world.LeadId),
            ["hitl_requestedby"] = new EntityReference("systemuser", world.Outsider),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };

        var id = world.As(world.Requester).Create(approval);

        Assert.Equal(world.Requester, world.Approval(id).GetAttributeValue<EntityReference>("hitl_requestedby").Id);
    }

    [Fact]
    public void An_approval_assigned_to_its_requester_is_routed_to_their_manager()
    {
        var world = new ApprovalWorld();

        var id = world.RequestApproval(owner: new EntityReference("systemuser", world.Requester));

        Assert.Equal(world.Manager, world.Approval(id).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void An_approval_about_its_owner_goes_to_the_escalation_team_when_one_is_configured()
    {
        var world = new ApprovalWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalEscalationTeam", "Lead Reviewers");

        var id = world.RequestApproval(ApprovalType.CommissionValidation, subject: world.Owner);

        var owner = world.Approval(id).GetAttributeValue<EntityReference>("ownerid");
        Assert.Equal(("team", world.ReviewTeam), (owner.LogicalName, owner.Id));
    }

    [Fact]
    public void An_approval_nobody_independent_could_own_is_refused_with_what_to_do()
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.RequestApproval(owner: new EntityReference("systemuser", world.Outsider), subject: world.Outsider));

        Assert.Contains("Assign it to another reviewer", fault.Message);
    }

    [Fact]
    public void A_regarding_record_that_does_not_exist_is_refused()
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_regardingtable"] = "contact",
            ["hitl_regardingid"] = Guid.NewGuid().ToString(),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.Contains("Does Not Exist", fault.Message);
    }

    [Fact]
    public void The_due_date_follows_the_per_type_sla_an_admin_configured()
    {
        var world = new ApprovalWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalSlaHours", "{\"default\":48,\"LeadReview\":4}");

        var id = world.RequestApproval();

        Assert.Equal(world.Emulator.Clock.UtcNow.AddHours(4), world.Approval(id)["hitl_dueon"]);
    }

    [Fact]
    public void A_mistyped_sla_fails_safe_to_the_shipped_default_and_the_approval_still_reaches_a_person()
    {
        var world = new ApprovalWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalSlaHours", "{\"default\":-5}");

        var id = world.RequestApproval();

        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Equal(world.Emulator.Clock.UtcNow.AddHours(48), world.Approval(id)["hitl_dueon"]);
        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("hitl_ApprovalSlaHours") && t.Message.Contains("shipped default"));
    }

    [Fact]
    public void A_second_open_approval_of_the_same_type_for_the_same_record_is_refused_naming_the_first()
    {
        var world = new ApprovalWorld();
        var first = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.RequestApproval());

        Assert.Contains("An open LeadReview approval already exists for this lead", fault.Message);
        Assert.Contains(first.ToString("D"), fault.Message);
        Assert.Single(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void Another_type_for_the_same_record_or_a_new_request_after_a_decision_is_allowed()
    {
        var world = new ApprovalWorld();
        var first = world.RequestApproval();
        world.RequestApproval(ApprovalType.ScoreOverride);
        world.DecideOnForm(world.Owner, first, ApprovalDecision.Approve);

        world.RequestApproval();

        Assert.Equal(3, world.Emulator.Rows("hitl_approval").Count);
    }

    [Theory]
    [InlineData("hitl_decision")]
    [InlineData("hitl_decidedon")]
    [InlineData("hitl_source")]
    [InlineData("hitl_decisionreason")]
    public void A_new_approval_cannot_arrive_already_decided(string column)
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_leadid"] = new EntityReference("lead", world.LeadId),
            [column] = column switch
            {
                "hitl_decision" => new OptionSetValue((int)ApprovalDecision.Approve),
                "hitl_source" => new OptionSetValue((int)DecisionSource.Api),
                "hitl_decisionreason" => "Pre-filled so a rejection needs no reason",
                _ => (object)world.Emulator.Clock.UtcNow,
            },
        };

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.Contains("A new approval starts pending", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void An_approval_about_nothing_is_refused_with_what_to_set()
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval") { ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value) };

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.Contains("Say what the approval is about", fault.Message);
    }

    [Fact]
    public void The_generic_regarding_pointer_fills_the_matching_lookup()
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_regardingtable"] = "Lead",
            ["hitl_regardingid"] = world.LeadId.ToString("B").ToUpperInvariant(),
        };

        var id = world.As(world.Requester).Create(approval);

        var row = world.Approval(id);
        Assert.Equal(world.LeadId, row.GetAttributeValue<EntityReference>("hitl_leadid").Id);
        Assert.Equal("lead", row["hitl_regardingtable"]);
        Assert.Equal(world.LeadId.ToString("D"), row["hitl_regardingid"]);
    }
}
