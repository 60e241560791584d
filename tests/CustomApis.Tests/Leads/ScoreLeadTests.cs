using Hitl.Testing;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>hitl_ScoreLead (issue 8, point 6): the active model or a draft, reasons, whether review is needed; writes nothing.</summary>
public class ScoreLeadTests
{
    private readonly ApprovalWorld world = new();

    [Fact]
    public void The_built_in_model_scores_the_lead_with_its_reasons_and_grade_A_needs_review()
    {
        var lead = world.AddHotLead();

        var response = world.ScoreLead(world.Seller, lead);

        Assert.Equal(85, response["Score"]);
        Assert.Equal("A", response["Grade"]);
        Assert.Equal("default-1", response["ModelVersion"]);
        Assert.Equal(true, response["RequiresReview"]);
        var reasons = JObject.Parse((string)response["Reasons"]!);
        // The default model shows 3 reasons a side, the largest first: budget 20, this quarter 15, then the first 10 (can buy).
        Assert.Equal(new[] { "budgetamount", "purchasetimeframe", "budgetstatus" }, reasons["positive"]!.Select(r => (string)r["column"]!));
        Assert.Empty((JArray)reasons["negative"]!);
        Assert.Contains("Grade A", reasons["reviewReasons"]!.Select(r => (string)r!));
    }

    [Fact]
    public void A_draft_document_scores_instead_of_the_active_model()
    {
        var lead = world.AddPlainLead(source: 2);

        var response = world.ScoreLead(world.Seller, lead, LeadApis.ReferralModel);

        Assert.Equal(80, response["Score"]);
        Assert.Equal("A", response["Grade"]);
        Assert.Equal("ref-1", response["ModelVersion"]);
        Assert.Equal("Referral", (string?)JObject.Parse((string)response["Reasons"]!)["positive"]![0]!["reason"]);
    }

    [Fact]
    public void Scoring_writes_nothing_and_costs_one_read_once_the_model_and_settings_are_cached()
    {
        var lead = world.AddHotLead();
        world.ScoreLead(world.Seller, world.AddPlainLead("Warm-up"));
        var before = world.Emulator.Find("lead", lead)!;
        world.Emulator.ClearExecutionLog();

        world.ScoreLead(world.Seller, lead);

        var log = world.Emulator.ExecutionLog;
        Assert.DoesNotContain(log, e => e.Message is "Create" or "Update" or "Delete" or "SetState" or "Assign");
        // The lead, read as the caller; the model and the routing settings come from the per-organization caches.
        Assert.Equal(1, log.Single(e => e.Message == "hitl_ScoreLead" && e.Stage == 30).ServiceCalls);
        Assert.Equal(before.Attributes.Count, world.Emulator.Find("lead", lead)!.Attributes.Count);
    }

    [Fact]
    public void An_invalid_draft_is_refused_with_each_fault_by_json_path()
    {
        var lead = world.AddPlainLead();
        var draft = LeadApis.ReferralModel.Replace("\"A\":75", "\"A\":20").Replace("leadsourcecode", "nosuchcolumn");

        var fault = ProductEmulator.Fault(() => world.ScoreLead(world.Seller, lead, draft));

        Refusals.AssertClear(fault, "ModelDocument is not a valid scoring model", "$.rules[0].column", "$.grades");
    }

    [Fact]
    public void Malformed_json_is_refused_quoting_at_most_a_prefix()
    {
        var lead = world.AddPlainLead();
        var draft = "{ not json " + new string('x', 500);

        var fault = ProductEmulator.Fault(() => world.ScoreLead(world.Seller, lead, draft));

        Refusals.AssertClear(fault, "ModelDocument is not a valid scoring model");
        Refusals.AssertQuotesAtMostAPrefix(fault, draft);
    }
}
