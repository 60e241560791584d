using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hitl.Core.Leads;
using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Leads;

public class LeadRoutingTests
{
    // basePoints + 60 when budgetamount >= 1 → 0..100 as chosen; jobtitle is read by value so a lead without one misses it.
    private static readonly ScoringModel Model = ScoringModelReader.Read("""
        {"schemaVersion":1,"name":"routing test","version":"t-1","kind":"points","basePoints":20,
         "rules":[{"column":"budgetamount","range":{"min":1},"points":60},{"column":"jobtitle","equals":"CEO","points":10}],
         "grades":{"A":75,"B":50,"C":25},"reasons":3}
        """, LeadColumnCatalog.Standard, ProtectedAttributes.Default).ModelOrThrow();

    private static readonly LeadRoutingPolicy Routed = LeadRoutingPolicy.Default with
    {
        Routes = new LeadGradeRoutes(new Dictionary<LeadGrade, string> { [LeadGrade.A] = "Key Accounts", [LeadGrade.B] = "Inside Sales", [LeadGrade.C] = "Inside Sales", [LeadGrade.D] = "Nurture" }),
    };

    private static LeadScore Score(bool budget, string? jobTitle = "Buyer") =>
        Model.Score(new Dictionary<string, object?> { ["budgetamount"] = budget ? 5000m : 0m, ["jobtitle"] = jobTitle });

    [Fact]
    public void A_clear_grade_with_a_route_is_routed_at_once()
    {
        // 20 base, no budget rule → 20 = grade D, outside the 40–60 band; D routes to Nurture.
        var route = LeadRouting.Decide(new LeadRoutingRequest(Score(budget: false), 1000m), Routed);

        Assert.False(route.NeedsReview);
        Assert.Equal((LeadGrade.D, "Nurture"), (route.Grade!.Value, route.ProposedTeam));
        Assert.Null(route.ReviewReasonText());
    }

    [Theory]
    [InlineData(true, false, false, "Automation is paused (hitl_AutomationPaused)")]
    [InlineData(false, true, false, "No consent to automated profiling")]
    [InlineData(false, false, true, "High value")]
    public void The_kill_switch_missing_consent_and_high_value_send_the_lead_to_review(bool paused, bool noConsent, bool highValue, string reason)
    {
        var request = new LeadRoutingRequest(Score(budget: false), highValue ? 250_000m : 1000m) { ProfilingAllowed = !noConsent };

        var route = LeadRouting.Decide(request, Routed with { AutomationPaused = paused });

        Assert.Equal(new[] { reason }, route.ReviewReasons);
        Assert.Equal("Nurture", route.ProposedTeam);
    }

    [Fact]
    public void Grade_A_missing_inputs_and_the_band_each_add_their_reason()
    {
        // budget → 80 = grade A; no job title → missing input.
        Assert.Equal(new[] { "Missing inputs: jobtitle", "Grade A" }, LeadRouting.Decide(new LeadRoutingRequest(Score(budget: true, jobTitle: null), null), Routed).ReviewReasons);

        // 20 is inside a band of 15–25.
        var band = Routed with { ReviewBand = new LeadReviewBand(15, 25) };
        Assert.Equal(new[] { "Score 20 is in the review band 15–25" }, LeadRouting.Decide(new LeadRoutingRequest(Score(budget: false), null), band).ReviewReasons);
    }

    [Fact]
    public void No_route_for_the_grade_or_no_valid_model_goes_to_review()
    {
        Assert.Equal(new[] { "No owner team is configured for grade D (hitl_LeadGradeRoutes)" },
            LeadRouting.Decide(new LeadRoutingRequest(Score(budget: false), null), LeadRoutingPolicy.Default).ReviewReasons);

        var unscored = LeadRouting.Decide(new LeadRoutingRequest(null, null) { ScoringProblem = "The active scoring model is not valid" }, Routed);
        Assert.Equal(new[] { "The active scoring model is not valid" }, unscored.ReviewReasons);
        Assert.Null(unscored.Grade);
    }

    [Fact]
    public void The_reason_text_fits_the_column()
    {
        var route = new LeadRoute(LeadGrade.B, null, new[] { new string('r', 300), new string('s', 300) });

        Assert.Equal(400, route.ReviewReasonText()!.Length);
        Assert.EndsWith("…", route.ReviewReasonText());
    }

    [Property]
    public Property Automation_never_routes_when_paused_or_without_consent_and_always_routes_with_a_team_or_reviews()
    {
        var gen = Gen.Elements(true, false).SelectMany(budget => Gen.Elements(true, false).SelectMany(paused =>
            Gen.Elements(true, false).SelectMany(consent => Gen.Choose(0, 300_000).Select(value => (budget, paused, consent, value)))));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var route = LeadRouting.Decide(new LeadRoutingRequest(Score(c.budget), c.value) { ProfilingAllowed = c.consent }, Routed with { AutomationPaused = c.paused });
            var mustReview = c.paused || !c.consent;
            return (!mustReview || route.NeedsReview) && (route.NeedsReview || route.ProposedTeam != null);
        });
    }
}
