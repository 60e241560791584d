using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

public class LogisticScoringTests
{
    private static readonly ScoringModel Model = ModelDocs.Compile(ModelDocs.Logistic(
        """
        {"column":"budgetamount","type":"numeric","coefficient":0.8,"scaling":{"method":"zscore","mean":50000,"scale":25000},"clip":{"max":150000},"label":"Budget"},
        {"column":"numberofemployees","type":"numeric","coefficient":1.0,"scaling":{"method":"minmax","min":0,"max":1000},"clip":{"min":0,"max":1000}},
        {"column":"leadsourcecode","type":"category","coefficients":{"4":0.5,"8":-0.3}},
        {"column":"address1_country","type":"category","coefficients":{"Germany":0.2}},
        {"column":"emailaddress1","type":"present","coefficient":0.7}
        """,
        intercept: -1,
        reasons: 2));

    [Fact]
    public void Score_is_the_rounded_probability_and_contributions_are_log_odds_against_the_baseline()
    {
        var lead = ModelDocs.Lead(("budgetamount", 100000m), ("numberofemployees", 250), ("leadsourcecode", 8), ("address1_country", "GERMANY"), ("emailaddress1", "a@b.example"));

        var score = Model.Score(lead);

        // budget: 0.8 * (100000 - 50000) / 25000 = 1.6; employees: 1.0 * (250 - 0) / 1000 = 0.25;
        // source 8: -0.3; country "GERMANY" matches "Germany": 0.2; e-mail present: 0.7.
        // z = -1 + 1.6 + 0.25 - 0.3 + 0.2 + 0.7 = 1.45; sigmoid(1.45) = 1 / (1 + e^-1.45) = 1 / 1.234570 = 0.81000
        // -> 100 * 0.81000 = 81.0 -> 81, grade A (>= 75).
        Assert.Equal(81, score.Score);
        Assert.Equal(LeadGrade.A, score.Grade);
        Assert.Equal(-1, score.BaselineValue);
        Assert.Equal(1.45, score.RawValue, 12);
        Assert.Equal(
            new[] { ("Budget", 1.6), ("numberofemployees", 0.25), ("leadsourcecode = 8", -0.3), ("address1_country = \"Germany\"", 0.2), ("emailaddress1 is present", 0.7) },
            score.Contributions.Select(c => (c.Label, Math.Round(c.Value, 12))));
        Assert.Equal(new[] { "Budget", "emailaddress1 is present" }, score.PositiveReasons.Select(r => r.Label));
        Assert.Equal(new[] { "leadsourcecode = 8" }, score.NegativeReasons.Select(r => r.Label));
        Assert.Equal("t-2", score.ModelVersion);
    }

    [Fact]
    public void The_baseline_lead_scores_the_intercept_alone()
    {
        // Numeric features at their mean (z-score) or min (min-max), unknown category, nothing present: z = intercept = -1.
        // sigmoid(-1) = e^-1 / (1 + e^-1) = 0.36788 / 1.36788 = 0.26894 -> 26.894 -> 27, grade C (>= 25).
        var score = Model.Score(ModelDocs.Lead(("budgetamount", 50000), ("numberofemployees", 0), ("leadsourcecode", 6), ("address1_country", "France")));

        Assert.Equal(27, score.Score);
        Assert.Equal(LeadGrade.C, score.Grade);
        Assert.Equal(-1, score.RawValue);
        Assert.Empty(score.Contributions);
        Assert.Empty(score.PositiveReasons);
        Assert.Empty(score.NegativeReasons);
        Assert.Empty(score.MissingColumns);
    }

    [Fact]
    public void Raw_values_are_clipped_before_scaling()
    {
        var score = Model.Score(ModelDocs.Lead(("budgetamount", 1000000.0), ("numberofemployees", -40)));

        // budget clipped to 150000: 0.8 * (150000 - 50000) / 25000 = 3.2; employees clipped to 0: 0.
        // z = -1 + 3.2 = 2.2; sigmoid(2.2) = 1 / (1 + 0.110803) = 0.90025 -> 90.
        Assert.Equal(new[] { 3.2 }, score.Contributions.Select(c => Math.Round(c.Value, 12)));
        Assert.Equal(90, score.Score);
    }

    [Fact]
    public void Missing_numeric_and_category_values_sit_at_the_baseline_and_are_reported()
    {
        var score = Model.Score(ModelDocs.Lead(("emailaddress1", "a@b.example")));

        // Only the e-mail contributes: z = -1 + 0.7 = -0.3; sigmoid(-0.3) = 0.740818 / 1.740818 = 0.42556 -> 43.
        Assert.Equal(43, score.Score);
        Assert.Equal(new[] { "budgetamount", "numberofemployees", "leadsourcecode", "address1_country" }, score.MissingColumns);
    }

    [Fact]
    public void Midpoints_round_away_from_zero()
    {
        // sigmoid(ln(1/7)) = 1/8 -> 12.5 -> 13 (banker's rounding would give 12); sigmoid(ln(5/3)) = 5/8 -> 62.5 -> 63.
        Assert.Equal(13, LogisticScoringModel.ScoreFromLogOdds(Math.Log(0.125 / 0.875)));
        Assert.Equal(63, LogisticScoringModel.ScoreFromLogOdds(Math.Log(0.625 / 0.375)));
        Assert.Equal(50, LogisticScoringModel.ScoreFromLogOdds(0));
    }

    [Fact]
    public void Extreme_log_odds_stay_within_0_and_100()
    {
        Assert.Equal(100, LogisticScoringModel.ScoreFromLogOdds(1000));
        Assert.Equal(0, LogisticScoringModel.ScoreFromLogOdds(-1000));
        Assert.Equal(100, LogisticScoringModel.ScoreFromLogOdds(double.PositiveInfinity));
        Assert.Equal(0, LogisticScoringModel.ScoreFromLogOdds(double.NegativeInfinity));
    }

    [Fact]
    public void Boolean_categories_match_true_and_false()
    {
        var model = ModelDocs.Compile(ModelDocs.Logistic("""{"column":"decisionmaker","type":"category","coefficients":{"true":1.0986122886681098,"false":-1.0986122886681098}}"""));

        // ln 3 = 1.0986...: sigmoid(ln 3) = 3/4 -> 75; sigmoid(-ln 3) = 1/4 -> 25.
        Assert.Equal(75, model.Score(ModelDocs.Lead(("decisionmaker", true))).Score);
        Assert.Equal(25, model.Score(ModelDocs.Lead(("decisionmaker", false))).Score);
        Assert.Equal(50, model.Score(ModelDocs.Lead()).Score);
    }
}
