using Hitl.Dataverse.Leads;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>hitl_RescoreLeads (issue 8, point 6): batches of open leads, a continuation token, product-marked writes of the scoring columns only.</summary>
public class RescoreLeadsTests
{
    private readonly ApprovalWorld world = new();

    [Fact]
    public void Open_leads_get_their_scoring_columns_from_the_active_model_and_the_token_is_empty_when_done()
    {
        var hot = world.AddHotLead();
        var closed = world.AddPlainLead("Closed");
        world.Disqualify(closed);

        var response = world.Rescore(world.Owner);

        Assert.Equal(2, response["RescoredCount"]); // the hot lead and the world's own lead
        Assert.Equal(string.Empty, response["NextToken"]);
        var lead = world.Emulator.Find("lead", hot)!;
        Assert.Equal(85, lead.GetAttributeValue<int>("hitl_score"));
        Assert.Equal(741200000, lead.GetAttributeValue<OptionSetValue>("hitl_grade").Value);
        Assert.Equal("default-1", lead.GetAttributeValue<string>("hitl_scoremodelversion"));
        Assert.Equal(world.Emulator.Clock.UtcNow, lead.GetAttributeValue<DateTime>("hitl_scoredon"));
        Assert.Contains("\"budgetamount\"", lead.GetAttributeValue<string>("hitl_scorereasons"));
        Assert.False(world.Emulator.Find("lead", closed)!.Contains("hitl_score"));
    }

    [Fact]
    public void Each_lead_is_one_update_of_its_scoring_columns_that_the_lead_steps_accept_without_rescoring_or_rerouting()
    {
        var lead = world.AddHotLead();
        world.Rescore(world.Owner, "<fetch><entity name='lead'><filter><condition attribute='lastname' operator='eq' value='Nobody'/></filter></entity></fetch>");
        var before = world.Emulator.Find("lead", lead)!;
        world.Emulator.ClearExecutionLog();

        var response = world.Rescore(world.Owner);

        Assert.Equal(2, response["RescoredCount"]);
        // One page read + one Update per open lead (2); the model and the settings are cached.
        Assert.Equal(3, world.Emulator.ExecutionLog.Single(e => e.Message == "hitl_RescoreLeads" && e.Stage == 30).ServiceCalls);
        Assert.All(world.Emulator.ExecutionLog.Where(e => e.Entity == "lead"), e => Assert.Equal(Hitl.Emulator.ExecutionOutcome.Succeeded, e.Outcome));
        var after = world.Emulator.Find("lead", lead)!;
        Assert.Equal(before.GetAttributeValue<EntityReference>("ownerid"), after.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(before.GetAttributeValue<OptionSetValue>("hitl_reviewstatus"), after.GetAttributeValue<OptionSetValue>("hitl_reviewstatus"));
    }

    [Fact]
    public void More_open_leads_than_a_batch_take_a_second_call_with_the_token()
    {
        for (var i = 0; i < LeadRescoring.BatchSize; i++) world.AddPlainLead("Lead " + i);

        var first = world.Rescore(world.Owner);
        var second = world.Rescore(world.Owner, token: (string)first["NextToken"]!);

        Assert.Equal(LeadRescoring.BatchSize, first["RescoredCount"]);
        Assert.NotEqual(string.Empty, first["NextToken"]);
        Assert.Equal(1, second["RescoredCount"]);
        Assert.Equal(string.Empty, second["NextToken"]);
        Assert.All(world.Emulator.Rows("lead"), lead => Assert.Equal("default-1", lead.GetAttributeValue<string>("hitl_scoremodelversion")));
    }

    [Fact]
    public void A_token_that_is_not_ours_or_belongs_to_another_filter_is_refused_and_nothing_is_written()
    {
        for (var i = 0; i < LeadRescoring.BatchSize; i++) world.AddPlainLead("Lead " + i);
        var token = (string)world.Rescore(world.Owner)["NextToken"]!;
        var scoredOn = world.Emulator.Rows("lead").Count(l => l.Contains("hitl_scoredon"));

        var garbage = ProductEmulator.Fault(() => world.Rescore(world.Owner, token: "not-a-token"));
        var otherFilter = ProductEmulator.Fault(() => world.Rescore(world.Owner, "<fetch><entity name='lead'/></fetch>", token));

        Refusals.AssertClear(garbage, "'not-a-token' is not a token of hitl_RescoreLeads");
        Refusals.AssertClear(otherFilter, "belongs to another FetchXml filter");
        Assert.Equal(scoredOn, world.Emulator.Rows("lead").Count(l => l.Contains("hitl_scoredon")));
    }

    [Fact]
    public void A_user_who_cannot_write_scoring_models_cannot_rescore()
    {
        var fault = ProductEmulator.Fault(() => world.Rescore(world.RoleApprover));

        Assert.Contains("prvWritehitl_ScoringModel", fault.Message);
    }
}
