using Hitl.Core.Leads;
using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;
using Hitl.Core.Scoring.Preview;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Scoring.Preview;

public class ModelPreviewTests
{
    // Active: 20 base + 60 for a budget of 50,000 or more → 80 (A) or 20 (D).
    private static readonly ScoringModel Active = ModelDocs.Compile(ModelDocs.Points(
        """{"column":"budgetamount","range":{"min":50000},"points":60}""", basePoints: 20));

    // Draft: 30 base + 40 for the budget + 10 for a hot rating → 80 (A), 70 (B), 40 (C) or 30 (C).
    private static readonly ScoringModel Draft = ModelDocs.Compile(ModelDocs.Points(
        """{"column":"budgetamount","range":{"min":50000},"points":40},{"column":"leadqualitycode","equals":1,"points":10}""", basePoints: 30));

    private static readonly LeadRoutingPolicy Policy = new(
        new LeadReviewBand(40, 60),
        new HighValueThreshold(100_000m),
        new LeadGradeRoutes(new Dictionary<LeadGrade, string> { [LeadGrade.A] = "Key", [LeadGrade.B] = "Inside", [LeadGrade.C] = "Inside", [LeadGrade.D] = "Nurture" }),
        false);

    private static PreviewLead Lead(int n, decimal? budget, int? rating, decimal? value = null) =>
        new(new Guid(n, 0, 0, new byte[8]), ModelDocs.Lead(("budgetamount", budget), ("leadqualitycode", rating)), value);

    private static readonly PreviewLead[] Sample =
    {
        Lead(1, 60000m, 1),          // active 80 A → draft 80 A
        Lead(2, 60000m, 2),          // active 80 A → draft 70 B
        Lead(3, 1000m, 1),           // active 20 D → draft 40 C (in the band)
        Lead(4, 1000m, 2, 200000m),  // active 20 D → draft 30 C, high value by its amount
    };

    [Fact]
    public void Grades_review_and_high_value_load_are_counted_per_model_and_changed_leads_listed()
    {
        var preview = ModelPreview.Compare(Sample, Active, null, Draft, Policy);

        Assert.Equal(4, preview.SampleSize);
        Assert.Equal(new[] { 2, 0, 0, 2 }, Grades(preview.Active));
        Assert.Equal(new[] { 1, 1, 2, 0 }, Grades(preview.Draft));
        // Active: leads 1 and 2 are grade A (review), lead 4 is high value (review): 3 of 4.
        Assert.Equal((3, 0.75m, 3, 0.75m), (preview.Active.Review, preview.Active.ReviewShare, preview.Active.HighValue, preview.Active.HighValueShare));
        // Draft: lead 1 is grade A, lead 3 scores 40 (band 40-60), lead 4 is high value; lead 2 (B, 70) is routed: 3 of 4; high value 1 and 4.
        Assert.Equal((3, 0.75m, 2, 0.5m), (preview.Draft.Review, preview.Draft.ReviewShare, preview.Draft.HighValue, preview.Draft.HighValueShare));
        Assert.Equal(3, preview.ChangedGrades);
        Assert.Equal(
            new (Guid, LeadGrade?, LeadGrade?)[] { (Sample[1].LeadId, LeadGrade.A, LeadGrade.B), (Sample[2].LeadId, LeadGrade.D, LeadGrade.C), (Sample[3].LeadId, LeadGrade.D, LeadGrade.C) },
            preview.Changes.Select(c => (c.LeadId, c.From, c.To)));
        Assert.False(preview.ChangesTruncated);
    }

    [Fact]
    public void An_invalid_active_model_counts_every_lead_as_unscored_and_to_review()
    {
        var preview = ModelPreview.Compare(Sample, null, "The active model is invalid", Draft, Policy);

        Assert.Equal(4, preview.Active.Unscored);
        Assert.Equal(new[] { 0, 0, 0, 0 }, Grades(preview.Active));
        Assert.Equal((4, 1m), (preview.Active.Review, preview.Active.ReviewShare));
        Assert.Equal(4, preview.ChangedGrades);
        Assert.All(preview.Changes, c => Assert.Null(c.From));
    }

    [Fact]
    public void The_listed_changes_are_capped_but_all_are_counted()
    {
        var many = Enumerable.Range(1, ModelPreview.MaxListedChanges + 5).Select(n => Lead(n, 60000m, 2)).ToList();

        var preview = ModelPreview.Compare(many, Active, null, Draft, Policy);

        Assert.Equal(ModelPreview.MaxListedChanges + 5, preview.ChangedGrades);
        Assert.Equal(ModelPreview.MaxListedChanges, preview.Changes.Count);
        Assert.True(preview.ChangesTruncated);
    }

    [Fact]
    public void An_empty_sample_has_zero_shares_and_the_json_names_every_figure()
    {
        var preview = ModelPreview.Compare(Array.Empty<PreviewLead>(), Active, null, Draft, Policy);
        var json = JObject.Parse(ModelPreviewJson.Serialize(preview));

        Assert.Equal(0m, preview.Draft.ReviewShare);
        Assert.Equal("{\"A\":0,\"B\":0,\"C\":0,\"D\":0}", json["draft"]!["grades"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("t-1", (string?)json["draft"]!["modelVersion"]);
        Assert.Equal(0, (int)json["changedGrades"]!);
        Assert.Empty((JArray)json["changes"]!);
    }

    private static int[] Grades(ModelPreviewSide side) => side.Grades.OrderBy(g => g.Key).Select(g => g.Value).ToArray();
}
