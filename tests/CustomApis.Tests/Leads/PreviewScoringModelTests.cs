using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>hitl_PreviewScoringModel (issue 8, point 6): a draft against the active model on a sample of open leads.</summary>
public class PreviewScoringModelTests
{
    private readonly ApprovalWorld world = new();

    [Fact]
    public void The_draft_is_compared_with_the_active_model_on_the_open_leads()
    {
        var hot = world.AddHotLead();
        var referral = world.AddPlainLead("Referral", source: 2);
        world.AddPlainLead("Plain");
        var closed = world.AddPlainLead("Closed", source: 2);
        world.Disqualify(closed);

        var response = world.Preview(world.Seller, LeadApis.ReferralModel);

        // The open leads (the world's own lead included: 4). Default model: hot 85 A, referral 40 C (30 + 10 source),
        // plain 30 C, the world's lead (no e-mail, no phone) 15 D. Draft: referral 80 A, the others 10 D.
        Assert.Equal(4, response["SampleSize"]);
        var json = JObject.Parse((string)response["PreviewJson"]!);
        Assert.Equal("{\"A\":1,\"B\":0,\"C\":2,\"D\":1}", json["active"]!["grades"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("{\"A\":1,\"B\":0,\"C\":0,\"D\":3}", json["draft"]!["grades"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(3, response["ChangedGrades"]);
        Assert.Equal(new[] { hot, referral }.OrderBy(id => id).ToList(), json["changes"]!.Where(c => (string?)c["from"] is "A" || (string?)c["to"] is "A").Select(c => Guid.Parse((string)c["leadId"]!)).OrderBy(id => id).ToList());
        // No team is routed by default, so every lead goes to review under both models.
        Assert.Equal(1m, response["ActiveReviewShare"]);
        Assert.Equal(1m, response["DraftReviewShare"]);
        // High value = grade A here (no estimated values): 1 of 4 under each model.
        Assert.Equal(0.25m, response["ActiveHighValueShare"]);
        Assert.Equal(0.25m, response["DraftHighValueShare"]);
    }

    [Fact]
    public void A_saved_model_is_previewed_by_its_id_and_the_fetch_filter_selects_the_sample()
    {
        world.AddPlainLead("Referral", source: 2);
        world.AddPlainLead("Plain");
        var model = world.Emulator.CreateService().Create(new Entity("hitl_scoringmodel")
        {
            ["hitl_name"] = "Referrals first",
            ["hitl_version"] = "ref-1",
            ["hitl_document"] = LeadApis.ReferralModel,
        });
        const string Referrals = "<fetch><entity name='lead'><attribute name='fullname'/><filter><condition attribute='leadsourcecode' operator='eq' value='2'/></filter></entity></fetch>";
        world.Emulator.ClearExecutionLog();

        var response = world.Preview(world.Seller, modelId: model, fetchXml: Referrals, sampleSize: 10);

        Assert.Equal(1, response["SampleSize"]);
        Assert.Equal("ref-1", (string?)JObject.Parse((string)response["PreviewJson"]!)["draft"]!["modelVersion"]);
        Assert.DoesNotContain(world.Emulator.ExecutionLog, e => e.Message is "Create" or "Update" or "Delete");
    }

    [Fact]
    public void The_sample_is_read_in_pages_of_at_most_5000_and_stops_at_the_sample_size()
    {
        for (var i = 0; i < 5; i++) world.AddPlainLead("Lead " + i);
        world.Preview(world.Seller, LeadApis.ReferralModel, sampleSize: 1);
        world.Emulator.ClearExecutionLog();

        var response = world.Preview(world.Seller, LeadApis.ReferralModel, sampleSize: 3);

        Assert.Equal(3, response["SampleSize"]);
        // One page of 3 leads; the active model and the settings are cached.
        Assert.Equal(1, world.Emulator.ExecutionLog.Single(e => e.Message == "hitl_PreviewScoringModel" && e.Stage == 30).ServiceCalls);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Exactly_one_of_model_id_and_document_is_required(bool giveId, bool giveDocument)
    {
        var fault = ProductEmulator.Fault(() => world.Preview(world.Seller, giveDocument ? LeadApis.ReferralModel : null, giveId ? Guid.NewGuid() : null));

        Refusals.AssertClear(fault, "exactly one of ModelId", "ModelDocument");
    }

    [Theory]
    [InlineData("<fetch><entity name='account'/></fetch>", "must be one <fetch> with one <entity name=\"lead\">")]
    [InlineData("<fetch><entity name='lead'>", "is not well-formed XML")]
    [InlineData("<fetch aggregate='true'><entity name='lead'/></fetch>", "not aggregate them")]
    public void A_fetch_that_does_not_select_leads_is_refused(string fetchXml, string message)
    {
        var fault = ProductEmulator.Fault(() => world.Preview(world.Seller, LeadApis.ReferralModel, fetchXml: fetchXml));

        Refusals.AssertClear(fault, message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25001)]
    public void A_sample_size_outside_1_to_25000_is_refused(int size)
    {
        var fault = ProductEmulator.Fault(() => world.Preview(world.Seller, LeadApis.ReferralModel, sampleSize: size));

        Refusals.AssertClear(fault, $"SampleSize {size} is out of range", "1 to 25000");
    }

    [Fact]
    public void An_unknown_model_id_and_an_invalid_document_are_refused()
    {
        var unknown = ProductEmulator.Fault(() => world.Preview(world.Seller, modelId: Guid.NewGuid()));
        var invalid = ProductEmulator.Fault(() => world.Preview(world.Seller, LeadApis.ReferralModel.Replace("\"reasons\":2", "\"reasons\":11")));

        Refusals.AssertClear(unknown, "No scoring model");
        Refusals.AssertClear(invalid, "ModelDocument is not a valid scoring model", "$.reasons");
    }
}
