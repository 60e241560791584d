using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

public class PointsScoringTests
{
    private static readonly ScoringModel Model = ModelDocs.Compile(ModelDocs.Points(
        """
        {"column":"budgetamount","range":{"min":50000},"points":20,"label":"Budget of 50,000 or more"},
        {"column":"budgetamount","range":{"min":10000,"max":50000},"points":10},
        {"column":"leadsourcecode","in":[2,4],"points":10},
        {"column":"jobtitle","contains":"director","points":5},
        {"column":"address1_country","equals":"germany","points":3},
        {"column":"emailaddress1","present":false,"points":-10},
        {"column":"donotemail","equals":true,"points":-5}
        """,
        basePoints: 30,
        reasons: 2));

    [Fact]
    public void Score_is_base_points_plus_every_matching_rule()
    {
        var lead = ModelDocs.Lead(("budgetamount", 60000m), ("leadsourcecode", 4), ("jobtitle", "Sales DIRECTOR"), ("address1_country", "Germany"), ("emailaddress1", null), ("donotemail", false));

        var score = Model.Score(lead);

        // 30 base + 20 (budget >= 50000) + 10 (source 4) + 5 ("DIRECTOR" contains "director") + 3 (Germany = germany)
        // - 10 (no e-mail address) = 58; donotemail is false, so its rule does not match. 58 >= B (50) and < A (75).
        Assert.Equal(58, score.Score);
        Assert.Equal(LeadGrade.B, score.Grade);
        Assert.Equal(30, score.BaselineValue);
        Assert.Equal(58, score.RawValue);
        Assert.Equal("t-1", score.ModelVersion);
        Assert.Equal(
            new[] { "Budget of 50,000 or more:20", "leadsourcecode in (2, 4):10", "jobtitle contains \"director\":5", "address1_country = \"germany\":3", "emailaddress1 is absent:-10" },
            score.Contributions.Select(c => $"{c.Label}:{c.Value}"));
        // Two reasons a side (the model's "reasons": 2), strongest first.
        Assert.Equal(new[] { "budgetamount", "leadsourcecode" }, score.PositiveReasons.Select(r => r.Column));
        Assert.Equal(new[] { "emailaddress1" }, score.NegativeReasons.Select(r => r.Column));
        Assert.Empty(score.MissingColumns);
    }

    [Fact]
    public void Range_includes_its_min_and_excludes_its_max()
    {
        // 50000 is the min of the first band (+20) and the excluded max of the second (+10): only +20 applies.
        // 30 + 20 - 10 (no e-mail) = 40.
        Assert.Equal(40, Model.Score(ModelDocs.Lead(("budgetamount", 50000))).Score);
        // 49999.99 lies in [10000, 50000): 30 + 10 - 10 = 30.
        Assert.Equal(30, Model.Score(ModelDocs.Lead(("budgetamount", 49999.99m))).Score);
        // 10000 is the second band's min: 30 + 10 - 10 = 30; 9999 matches neither: 30 - 10 = 20.
        Assert.Equal(30, Model.Score(ModelDocs.Lead(("budgetamount", 10000.0))).Score);
        Assert.Equal(20, Model.Score(ModelDocs.Lead(("budgetamount", 9999L))).Score);
    }

    [Fact]
    public void Score_is_clamped_to_0_and_100_while_the_raw_value_keeps_the_sum()
    {
        var generous = ModelDocs.Compile(ModelDocs.Points("""{"column":"decisionmaker","equals":true,"points":30}""", basePoints: 90));
        var harsh = ModelDocs.Compile(ModelDocs.Points("""{"column":"donotemail","equals":true,"points":-30}""", basePoints: 10));

        var high = generous.Score(ModelDocs.Lead(("decisionmaker", true)));
        var low = harsh.Score(ModelDocs.Lead(("donotemail", true)));

        // 90 + 30 = 120 -> 100; 10 - 30 = -20 -> 0.
        Assert.Equal((100, 120.0, LeadGrade.A), (high.Score, high.RawValue, high.Grade));
        Assert.Equal((0, -20.0, LeadGrade.D), (low.Score, low.RawValue, low.Grade));
    }

    [Fact]
    public void Blank_text_counts_as_no_value_and_columns_read_by_value_are_reported_missing()
    {
        var score = Model.Score(ModelDocs.Lead(("emailaddress1", "  "), ("jobtitle", "")));

        // No rule matches except "e-mail absent" (blank text is no value): 30 - 10 = 20.
        Assert.Equal(20, score.Score);
        Assert.Equal(LeadGrade.D, score.Grade);
        // emailaddress1 is read only for presence, so its absence is an answer, not a gap.
        Assert.Equal(new[] { "budgetamount", "leadsourcecode", "jobtitle", "address1_country", "donotemail" }, score.MissingColumns);
    }

    [Fact]
    public void Text_comparisons_ignore_case_without_culture_rules()
    {
        var model = ModelDocs.Compile(ModelDocs.Points("""{"column":"jobtitle","contains":"i","points":10}"""));

        // Ordinal ignore-case: "I" matches "i" as in every culture, the Turkish dotted "İ" does not.
        Assert.Equal(40, model.Score(ModelDocs.Lead(("jobtitle", "CIO"))).Score);
        Assert.Equal(30, model.Score(ModelDocs.Lead(("jobtitle", "MÜDÜR İK"))).Score);
    }

    [Fact]
    public void A_value_of_the_wrong_type_for_its_column_names_the_column_but_not_the_value()
    {
        var ex = Assert.Throws<ArgumentException>(() => Model.Score(ModelDocs.Lead(("budgetamount", "60000"))));

        Assert.Equal("The lead column 'budgetamount' holds a String; a Number column needs an int, long, decimal, double or float.", ex.Message);
        Assert.DoesNotContain("60000", ex.Message);
    }

    [Fact]
    public void Columns_read_are_listed_once_in_model_order()
    {
        Assert.Equal(new[] { "budgetamount", "leadsourcecode", "jobtitle", "address1_country", "emailaddress1", "donotemail" }, Model.ColumnsRead);
        Assert.Equal(30, ((PointsScoringModel)Model).BasePoints);
        Assert.Equal(ScoringModelKind.Points, Model.Kind);
    }
}
