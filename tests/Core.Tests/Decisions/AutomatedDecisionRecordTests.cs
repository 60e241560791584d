using Hitl.Core.Decisions;

namespace Hitl.Core.Tests.Decisions;

public class AutomatedDecisionRecordTests
{
    internal static readonly Guid LeadId = Guid.Parse("40000000-0000-0000-0000-000000000001");

    internal static AutomatedDecisionRecord Scoring(DateTime decidedOn, string outcome = "Review", IReadOnlyDictionary<string, object?>? inputs = null) =>
        new(AutomatedDecisionType.LeadScoring, "lead", LeadId, "logit-2026.03",
            inputs ?? new Dictionary<string, object?> { ["industrycode"] = 7, ["budgetamount"] = 125000.5m, ["hasEmail"] = true },
            outcome, new[] { "Budget above 100k", "Industry: manufacturing" }, NeedsReview: true, decidedOn);

    [Fact]
    public void A_complete_record_is_valid_and_named_for_views()
    {
        var record = Scoring(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));

        Assert.Empty(record.Validate());
        Assert.Same(record, record.EnsureValid());
        Assert.Equal("LeadScoring lead: Review", record.Name);
    }

    [Fact]
    public void Inputs_are_serialized_with_sorted_keys_whatever_the_insertion_order()
    {
        var a = Scoring(DateTime.UtcNow, inputs: new Dictionary<string, object?> { ["b"] = 1, ["a"] = new Dictionary<string, object?> { ["z"] = null, ["y"] = "x" } });
        var b = Scoring(DateTime.UtcNow, inputs: new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["y"] = "x", ["z"] = null }, ["b"] = 1 });

        Assert.Equal("{\"a\":{\"y\":\"x\",\"z\":null},\"b\":1}", a.InputsJson());
        Assert.Equal(a.InputsJson(), b.InputsJson());
    }

    [Fact]
    public void Reasons_keep_their_order()
    {
        Assert.Equal("[\"Budget above 100k\",\"Industry: manufacturing\"]", Scoring(DateTime.UtcNow).ReasonsJson());
    }

    [Fact]
    public void Missing_model_version_and_outcome_are_refused_together()
    {
        var record = Scoring(DateTime.UtcNow) with { ModelVersion = " ", Outcome = "" };

        var error = Assert.Throws<InvalidDecisionRecordException>(() => record.EnsureValid());

        Assert.Equal(new[] { "The model version is required.", "The outcome is required." }, error.Problems);
        Assert.Equal("The automated decision cannot be logged: The model version is required. The outcome is required.", error.Message);
    }

    [Fact]
    public void More_than_ten_reasons_are_refused()
    {
        var record = Scoring(DateTime.UtcNow) with { Reasons = Enumerable.Range(1, 11).Select(i => $"reason {i}").ToArray() };

        Assert.Equal(new[] { "At most 10 reasons are logged; 11 were given. Keep the top 10." }, record.Validate());
        Assert.Empty((record with { Reasons = Enumerable.Range(1, 10).Select(i => $"reason {i}").ToArray() }).Validate());
    }

    [Fact]
    public void Personal_data_in_the_inputs_is_refused_naming_the_fields()
    {
        var record = Scoring(DateTime.UtcNow, inputs: new Dictionary<string, object?>
        {
            ["emailaddress1"] = "ana@example.com",
            ["score"] = 72,
            ["contact"] = new Dictionary<string, object?> { ["address1_city"] = "Lyon", ["hasPhone"] = true },
        });

        var problem = Assert.Single(record.Validate());

        Assert.Equal("The inputs contain fields that look like personal data (contact.address1_city, emailaddress1). The decision log keeps only the features the model used: remove these fields or replace them with non-identifying features (for example 'hasEmail').", problem);
    }

    [Fact]
    public void Regarding_and_lengths_are_checked()
    {
        var record = Scoring(DateTime.UtcNow) with { RegardingTable = "", RegardingId = Guid.Empty, Outcome = new string('o', 201), Reasons = new[] { "ok", " " } };

        Assert.Equal(new[]
        {
            "The regarding table (logical name) is required.",
            "The regarding record id is required.",
            "The outcome is longer than 200 characters.",
            "A reason is empty.",
        }, record.Validate());
    }

    [Fact]
    public void Unknown_decision_type_is_refused()
    {
        Assert.Contains("The decision type 5 is not a known automated decision type.", (Scoring(DateTime.UtcNow) with { Type = (AutomatedDecisionType)5 }).Validate());
    }
}
