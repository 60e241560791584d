using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>
/// Updates rescore a lead only when a column the active model reads changed; the steps' own writes never rescore;
/// routing happens once (a routed lead keeps its owner, a waiting lead keeps its one review).
/// </summary>
public class LeadRescoringTests
{
    [Fact]
    public void Changing_a_column_the_model_reads_rescores_the_waiting_lead_and_reuses_its_review()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        world.Emulator.Clock.Advance(TimeSpan.FromHours(1));

        world.Seller.Update(new Entity("lead", id) { ["numberofemployees"] = 800 });

        var lead = world.Lead(id);
        Assert.Equal(65, lead["hitl_score"]);
        Assert.Equal(world.Emulator.Clock.UtcNow, lead.GetAttributeValue<DateTime>("hitl_scoredon"), TimeSpan.FromSeconds(1));
        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Single(world.Reviews(id));
        Assert.Equal(2, world.Decisions(id).Count);
    }

    [Fact]
    public void A_routed_lead_is_rescored_but_keeps_its_owner()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        world.World.As(world.World.TeamMember).Update(new Entity("lead", id) { ["purchasetimeframe"] = new OptionSetValue(2) });

        var lead = world.Lead(id);
        Assert.Equal(55, lead["hitl_score"]);
        Assert.Equal(LeadWorld.NotNeeded, world.ReviewStatus(id));
        Assert.Equal(new EntityReference("team", world.InsideSalesTeam), lead.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Empty(world.Reviews(id));
        Assert.Equal(new[] { "Rescored; owner kept", "Routed automatically to Inside Sales" }, world.Decisions(id).Select(d => (string)d["hitl_outcome"]).Order());
    }

    [Fact]
    public void A_catalog_column_the_active_model_does_not_read_runs_the_step_but_does_not_rescore()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        var scoredOn = world.Lead(id)["hitl_scoredon"];
        world.Emulator.ClearExecutionLog();

        world.Seller.Update(new Entity("lead", id) { ["jobtitle"] = "Head of Engines" });

        // The settings and the model are cached: deciding not to rescore costs no call.
        Assert.True(world.Ran("Update", 20));
        Assert.Equal(0, world.Calls("Update", 20));
        Assert.Equal(scoredOn, world.Lead(id)["hitl_scoredon"]);
        Assert.Single(world.Decisions(id));
    }

    [Fact]
    public void An_unchanged_value_of_a_read_column_does_not_rescore()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());

        world.Seller.Update(new Entity("lead", id) { ["budgetamount"] = new Money(50000m) });

        Assert.Single(world.Decisions(id));
    }

    [Fact]
    public void A_column_outside_the_catalog_does_not_even_run_the_scoring_steps()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        world.Emulator.ClearExecutionLog();

        world.Seller.Update(new Entity("lead", id) { ["lastname"] = "Byron" });

        Assert.False(world.Ran("Update", 20));
        Assert.False(world.Ran("Update", 40));
    }

    [Fact]
    public void The_review_outcome_writing_owner_and_review_status_does_not_rescore()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        world.Emulator.ClearExecutionLog();

        world.Decide(id, Hitl.Core.Approvals.ApprovalDecision.Approve);

        Assert.Equal(LeadWorld.Reviewed, world.ReviewStatus(id));
        Assert.DoesNotContain(world.Emulator.ExecutionLog, e => e.Entity == "lead" && e.Stage is 20 or 40);
        Assert.Single(world.Decisions(id));
    }
}
