using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Decisions;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Holes a review found in the approval create rules; each test failed before its fix.</summary>
public class ReviewFindingsTests
{
    private static Guid LogDecision(ApprovalWorld world, string table, Guid id) =>
        DecisionLog.Record(world.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, table, id, "v1",
            new Dictionary<string, object?> { ["budget"] = 1 }, "Review", new[] { "Budget confirmed" }, NeedsReview: true, world.Emulator.Clock.UtcNow));

    private static Entity LeadReview(ApprovalWorld world) => new("hitl_approval")
    {
        ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
        ["ownerid"] = new EntityReference("systemuser", world.Owner),
    };

    [Fact]
    public void An_approval_cannot_link_the_automated_decision_of_another_record_and_forge_its_review()
    {
        var world = new ApprovalWorld();
        var otherRecords = LogDecision(world, "account", Guid.NewGuid());
        var approval = LeadReview(world);
        approval["hitl_leadid"] = new EntityReference("lead", world.LeadId);
        approval["hitl_automateddecisionid"] = new EntityReference("hitl_automateddecision", otherRecords);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.Contains($"The automated decision {otherRecords:D} is about another record, not this lead", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void The_decision_about_the_same_record_may_be_linked_and_the_approval_stays_about_the_record()
    {
        var world = new ApprovalWorld();
        var decision = LogDecision(world, "lead", world.LeadId);
        var approval = LeadReview(world);
        approval["hitl_leadid"] = new EntityReference("lead", world.LeadId);
        approval["hitl_automateddecisionid"] = new EntityReference("hitl_automateddecision", decision);

        var id = world.As(world.Requester).Create(approval);

        Assert.Equal($"741200000|lead|{world.LeadId:D}", world.Approval(id).GetAttributeValue<string>("hitl_correlationkey"));
        var second = LeadReview(world);
        second["hitl_leadid"] = new EntityReference("lead", world.LeadId);
        Assert.Contains("An open LeadReview approval already exists for this lead", ProductEmulator.Fault(() => world.As(world.Requester).Create(second)).Message);
    }

    [Fact]
    public void Two_different_records_named_by_lookups_are_refused()
    {
        var world = new ApprovalWorld();
        var approval = LeadReview(world);
        approval["hitl_leadid"] = new EntityReference("lead", world.LeadId);
        approval["hitl_opportunityid"] = new EntityReference("opportunity", world.Emulator.CreateService().Create(new Entity("opportunity") { ["name"] = "Deal", ["customerid"] = new EntityReference("account", world.Emulator.CreateService().Create(new Entity("account") { ["name"] = "Contoso" })) }));

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.Contains("Set only one of hitl_leadid, hitl_opportunityid", fault.Message);
    }

    [Fact]
    public void A_request_cannot_be_backdated()
    {
        var world = new ApprovalWorld();
        var approval = LeadReview(world);
        approval["hitl_leadid"] = new EntityReference("lead", world.LeadId);
        approval["overriddencreatedon"] = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.StartsWith("An approval is requested when it is created: remove overriddencreatedon", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void An_empty_regarding_lookup_is_a_clear_refusal()
    {
        var world = new ApprovalWorld();
        var approval = LeadReview(world);
        approval["hitl_leadid"] = new EntityReference("lead", Guid.Empty);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Assert.DoesNotContain("unexpected", fault.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("hitl_leadid", fault.Message);
    }
}
