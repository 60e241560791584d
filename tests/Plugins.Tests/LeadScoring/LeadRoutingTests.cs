using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>A new lead is scored in its own write, then routed to its grade's team at once or sent to a person with the reasons.</summary>
public class LeadRoutingTests
{
    [Fact]
    public void A_clear_lead_is_scored_and_assigned_to_its_grades_team_in_the_same_write()
    {
        var world = new LeadWorld();

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        var lead = world.Lead(id);
        Assert.Equal(65, lead["hitl_score"]);
        Assert.Equal(741200001, lead.GetAttributeValue<OptionSetValue>("hitl_grade").Value);
        Assert.Equal("default-1", lead["hitl_scoremodelversion"]);
        Assert.Equal(world.Emulator.Clock.UtcNow, lead.GetAttributeValue<DateTime>("hitl_scoredon"), TimeSpan.FromSeconds(1));
        Assert.Equal(LeadWorld.RoutedAutomatically, world.ReviewStatus(id));
        Assert.Null(lead.GetAttributeValue<string>("hitl_reviewreason"));
        Assert.Equal(new EntityReference("team", world.InsideSalesTeam), lead.GetAttributeValue<EntityReference>("ownerid"));
        var reasons = JObject.Parse(lead.GetAttributeValue<string>("hitl_scorereasons"));
        Assert.Equal("purchasetimeframe", reasons["positive"]![0]!["column"]);
        Assert.Equal(15, (double)reasons["positive"]![0]!["contribution"]!);
        Assert.Empty(world.Reviews(id));
        // Routed in the Create itself: no Assign, no second lead write.
        Assert.DoesNotContain(world.Emulator.ExecutionLog, e => e.Entity == "lead" && (e.Message == "Assign" || e.Depth > 1 && e.Message == "Update"));
    }

    [Fact]
    public void Every_decision_is_logged_once_with_the_inputs_the_model_read_but_no_contact_details()
    {
        var world = new LeadWorld();

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        var logged = Assert.Single(world.Decisions(id));
        Assert.Equal(741200000, logged.GetAttributeValue<OptionSetValue>("hitl_decisiontype").Value);
        Assert.Equal(new EntityReference("lead", id), logged.GetAttributeValue<EntityReference>("hitl_leadid"));
        Assert.Equal("default-1", logged["hitl_modelversion"]);
        Assert.Equal("Routed automatically to Inside Sales", logged["hitl_outcome"]);
        Assert.False(logged.GetAttributeValue<bool>("hitl_needsreview"));
        var inputs = JObject.Parse(logged.GetAttributeValue<string>("hitl_inputs"));
        Assert.Equal(50000m, (decimal)inputs["budgetamount"]!);
        Assert.True((bool)inputs["has_emailaddress1"]!);
        Assert.Null(inputs["emailaddress1"]);
        Assert.DoesNotContain("ada@engines.test", logged.GetAttributeValue<string>("hitl_inputs"));
        Assert.Contains("Buying this quarter or sooner", logged.GetAttributeValue<string>("hitl_reasons"));
    }

    [Fact]
    public void An_ambiguous_lead_keeps_its_owner_and_gets_a_lead_review_linked_to_the_logged_decision()
    {
        var world = new LeadWorld();

        var id = world.Seller.Create(LeadWorld.InReviewBand());

        var lead = world.Lead(id);
        Assert.Equal(55, lead["hitl_score"]);
        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Equal("Score 55 is in the review band 40–60", lead["hitl_reviewreason"]);
        Assert.Equal(new EntityReference("systemuser", world.World.Seller), lead.GetAttributeValue<EntityReference>("ownerid"));

        var review = Assert.Single(world.Reviews(id));
        var logged = Assert.Single(world.Decisions(id));
        Assert.Equal(741200000, review.GetAttributeValue<OptionSetValue>("hitl_type").Value);
        Assert.Equal(741200000, review.GetAttributeValue<OptionSetValue>("hitl_recommendation").Value);
        Assert.Equal(logged.Id, review.GetAttributeValue<EntityReference>("hitl_automateddecisionid").Id);
        Assert.True(logged.GetAttributeValue<bool>("hitl_needsreview"));
        Assert.Equal("Pending review", logged["hitl_outcome"]);
        var evidence = JObject.Parse(review.GetAttributeValue<string>("hitl_evidence"));
        Assert.Equal(55, (int)evidence["score"]!);
        Assert.Equal("B", (string)evidence["grade"]!);
        Assert.Equal("default-1", (string)evidence["modelVersion"]!);
        Assert.Equal("Inside Sales", (string)evidence["details"]!["proposedTeam"]!);
        Assert.Equal(world.InsideSalesTeam.ToString("D"), (string)evidence["details"]!["proposedTeamId"]!);
        Assert.Equal(2, (int)evidence["inputs"]!["purchasetimeframe"]!);
        Assert.DoesNotContain("ada@engines.test", review.GetAttributeValue<string>("hitl_evidence"));
    }

    [Theory]
    [InlineData("estimatedamount", "High value")]
    [InlineData("leadqualitycode", "Grade A")]
    [InlineData("budgetstatus", "No owner team is configured for grade C (hitl_LeadGradeRoutes)")]
    public void High_value_grade_A_and_grades_without_a_route_go_to_review(string column, string reason)
    {
        var world = new LeadWorld();
        var lead = LeadWorld.ClearGradeB();
        lead[column] = column switch
        {
            "estimatedamount" => new Money(250000m),
            "leadqualitycode" => new OptionSetValue(1), // rated hot: +15 = 80, grade A
            _ => new OptionSetValue(0), // no committed budget: -20 = 45 → in band, and grade C has no route
        };
        if (column == "budgetstatus") lead["purchasetimeframe"] = new OptionSetValue(3); // 30+10-10 = 30: grade C, below the band

        var id = world.Seller.Create(lead);

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Contains(reason, world.Lead(id).GetAttributeValue<string>("hitl_reviewreason"));
        Assert.Single(world.Reviews(id));
    }

    [Fact]
    public void The_kill_switch_sends_every_lead_to_review()
    {
        var world = new LeadWorld();
        world.Emulator.SetEnvironmentVariable("hitl_AutomationPaused", "yes");

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Equal("Automation is paused (hitl_AutomationPaused)", world.Lead(id)["hitl_reviewreason"]);
        Assert.Equal(65, world.Lead(id)["hitl_score"]);
        Assert.Equal(new EntityReference("systemuser", world.World.Seller), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
        Assert.Single(world.Reviews(id));
    }

    [Fact]
    public void An_unreadable_kill_switch_counts_as_paused()
    {
        var world = new LeadWorld();
        world.Emulator.SetEnvironmentVariable("hitl_AutomationPaused", "maybe");

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
    }

    [Fact]
    public void Missing_inputs_send_the_lead_to_review_naming_them()
    {
        var world = new LeadWorld();
        var lead = LeadWorld.ClearGradeB();
        lead.Attributes.Remove("budgetamount");
        lead.Attributes.Remove("numberofemployees");

        var id = world.Seller.Create(lead);

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.StartsWith("Missing inputs: budgetamount, numberofemployees", world.Lead(id).GetAttributeValue<string>("hitl_reviewreason"));
        Assert.Single(world.Reviews(id));
    }

    [Fact]
    public void An_invalid_active_model_scores_nothing_and_sends_the_lead_to_review()
    {
        var world = new LeadWorld();
        // The model steps refuse such a row, so it can only come from a data import that bypassed them.
        var import = new Microsoft.Xrm.Sdk.Messages.CreateRequest
        {
            Target = new Entity("hitl_scoringmodel")
            {
                ["hitl_name"] = "Broken",
                ["hitl_version"] = "broken-1",
                ["hitl_document"] = "{\"kind\":\"points\",\"rules\":[{\"column\":\"nosuchcolumn\",\"points\":5}]}",
                ["hitl_status"] = new OptionSetValue(741200002),
            },
        };
        import.Parameters["BypassCustomPluginExecution"] = true;
        var model = ((Microsoft.Xrm.Sdk.Messages.CreateResponse)world.Emulator.CreateService().Execute(import)).id;

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        var lead = world.Lead(id);
        Assert.False(lead.Contains("hitl_score"));
        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Contains($"The active scoring model ({model:D}) is not valid", lead.GetAttributeValue<string>("hitl_reviewreason"));
        Assert.Equal("unscored", Assert.Single(world.Decisions(id))["hitl_modelversion"]);
        Assert.Single(world.Reviews(id));
    }

    [Fact]
    public void A_route_to_a_team_that_does_not_exist_goes_to_review()
    {
        var world = new LeadWorld();
        world.Emulator.SetEnvironmentVariable("hitl_LeadGradeRoutes", "{\"B\":\"Nobody Here\"}");

        var id = world.Seller.Create(LeadWorld.ClearGradeB());

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Equal("The owner team of grade B does not exist (hitl_LeadGradeRoutes)", world.Lead(id)["hitl_reviewreason"]);
        Assert.Equal(new EntityReference("systemuser", world.World.Seller), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
    }
}
