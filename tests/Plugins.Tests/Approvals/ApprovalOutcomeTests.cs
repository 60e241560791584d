using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Decisions;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Approvals;

/// <summary>A finished approval is applied in the same transaction: the decision log records the human review.</summary>
public class ApprovalOutcomeTests
{
    private static Guid LogDecision(ApprovalWorld world) =>
        DecisionLog.Record(world.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, "lead", world.LeadId, "lead-score-2026.1",
            new Dictionary<string, object?> { ["budget"] = 50000, ["industry"] = "Retail" },
            "ReviewBand", new[] { "Budget confirmed", "No prior contact" }, NeedsReview: true, world.Emulator.Clock.UtcNow));

    [Fact]
    public void Deciding_an_approval_records_the_review_on_the_automated_decision()
    {
        var world = new ApprovalWorld();
        var decision = LogDecision(world);
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_automateddecisionid"] = new EntityReference("hitl_automateddecision", decision),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };
        var id = world.As(world.Requester).Create(approval);
        world.Emulator.Clock.Advance(TimeSpan.FromHours(1));

        world.DecideOnForm(world.Owner, id, ApprovalDecision.Reject, "ModelError", "Budget field was stale");

        var log = world.Emulator.Find("hitl_automateddecision", decision)!;
        Assert.Equal(world.Owner, log.GetAttributeValue<EntityReference>("hitl_reviewedby").Id);
        Assert.Equal("Rejected (ModelError)", log["hitl_reviewoutcome"]);
        Assert.Equal(world.Emulator.Clock.UtcNow, log["hitl_reviewedon"]);
        Assert.Equal(id, log.GetAttributeValue<EntityReference>("hitl_approvalid").Id);
    }

    [Fact]
    public void The_decision_log_refuses_personal_data_in_the_inputs()
    {
        var world = new ApprovalWorld();

        var ex = Assert.Throws<InvalidDecisionRecordException>(() => DecisionLog.Record(world.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, "lead", world.LeadId, "v1",
            new Dictionary<string, object?> { ["email"] = "someone@example.com" }, "Routed", Array.Empty<string>(), false, world.Emulator.Clock.UtcNow)));

        Assert.Contains("personal data", ex.Message);
        Assert.Empty(world.Emulator.Rows("hitl_automateddecision"));
    }

    [Fact]
    public void A_cancelled_approval_leaves_the_decision_log_unreviewed()
    {
        var world = new ApprovalWorld();
        var decision = LogDecision(world);
        var id = world.As(world.Requester).Create(new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
            ["hitl_automateddecisionid"] = new EntityReference("hitl_automateddecision", decision),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        });

        world.As(world.Requester).Update(new Entity("hitl_approval", id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });

        var log = world.Emulator.Find("hitl_automateddecision", decision)!;
        Assert.False(log.Contains("hitl_reviewedby"));
        Assert.False(log.Contains("hitl_reviewoutcome"));
    }

    [Fact]
    public void Deciding_with_settings_already_cached_costs_the_row_lock_and_the_state_write_and_nothing_more()
    {
        var world = new ApprovalWorld();
        var first = world.RequestApproval();
        var second = world.RequestApproval(ApprovalType.ScoreOverride);
        world.DecideOnForm(world.Owner, first, ApprovalDecision.Approve);
        world.Emulator.ClearExecutionLog();

        world.DecideOnForm(world.Owner, second, ApprovalDecision.Approve);

        // Depth 1: the user's save (lock write + fresh read + is the decider an enabled user; the SYSTEM user's id was
        // asked once, by the first decision). Depth 2: the lock write and the state write, which validate without
        // calls. PostOperation: the state write (inactive) and nothing else for a lead review.
        var validations = world.Emulator.ExecutionLog.Where(e => e.Stage == 20 && e.Message == "Update" && e.Entity == "hitl_approval").ToList();
        Assert.Equal(new[] { (1, 3), (2, 0), (2, 0) }, validations.Select(v => (v.Depth, v.ServiceCalls)).OrderBy(v => v.Item1));
        Assert.Equal(1, world.Emulator.ExecutionLog.Single(e => e.Stage == 40 && e.Entity == "hitl_approval").ServiceCalls);
    }
}
