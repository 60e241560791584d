namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>
/// Organization-service calls of the lead steps (principle 6; issue 8 item 10): beyond the cached configuration
/// (settings, the active model, the routes' team ids, all cached per organization), a lead routed at once costs one
/// call and a lead sent to review three. Nested steps (the decision log's and the approval's own) count in their own records.
/// </summary>
public class LeadPipelineCallBudgetTests
{
    [Fact]
    public void A_lead_routed_at_once_costs_one_call_the_decision_log_row()
    {
        var world = new LeadWorld();
        world.Seller.Create(LeadWorld.ClearGradeB());
        world.Emulator.ClearExecutionLog();

        world.Seller.Create(LeadWorld.ClearGradeB());

        // PreOperation scores and sets the owner in the Create itself: the settings, the model and the team id are cached.
        Assert.Equal(0, world.Calls("Create", 20));
        // PostOperation: the hitl_automateddecision row.
        Assert.Equal(1, world.Calls("Create", 40));
        Assert.Equal(0, world.Calls("Create", 10));
    }

    [Fact]
    public void A_lead_sent_to_review_costs_three_calls_the_log_row_and_the_approval_request()
    {
        var world = new LeadWorld();
        world.Seller.Create(LeadWorld.ClearGradeB());
        world.Emulator.ClearExecutionLog();

        world.Seller.Create(LeadWorld.InReviewBand());

        Assert.Equal(0, world.Calls("Create", 20));
        // The log row (1), whether a review of this lead is open (1), the approval (1).
        Assert.Equal(3, world.Calls("Create", 40));
    }

    [Fact]
    public void The_first_lead_of_an_organization_loads_the_configuration_once_and_the_second_reads_none()
    {
        var world = new LeadWorld();

        world.Seller.Create(LeadWorld.ClearGradeB());
        var cold = world.Calls("Create", 20);
        world.Emulator.ClearExecutionLog();
        world.Seller.Create(LeadWorld.ClearGradeB());

        // Cold: the settings (1 query), the active model (1 query) and the grade's team (1 query).
        Assert.Equal(3, cold);
        Assert.Equal(0, world.Calls("Create", 20));
    }

    [Fact]
    public void Approving_a_lead_review_costs_the_finishing_step_four_calls_of_which_one_writes_the_lead()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        world.Emulator.ClearExecutionLog();

        world.Decide(id, Hitl.Core.Approvals.ApprovalDecision.Approve);

        // The approval's state write (1), the review written onto the logged decision (read 1 + write 1), the lead's
        // owner and review status (1); the proposed team comes from the post-image's evidence, no read.
        var finishing = Assert.Single(world.Emulator.ExecutionLog, e => e.Entity == "hitl_approval" && e.Message == "Update" && e.Stage == 40 && e.Depth == 1);
        Assert.Equal(4, finishing.ServiceCalls);
    }
}
