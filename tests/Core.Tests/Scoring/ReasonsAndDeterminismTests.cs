using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

public class ReasonsAndDeterminismTests
{
    private static string Model(int reasons) => ModelDocs.Points(
        """
        {"column":"decisionmaker","equals":true,"points":5,"label":"p5a"},
        {"column":"confirminterest","equals":true,"points":15,"label":"p15"},
        {"column":"leadsourcecode","equals":4,"points":5,"label":"p5b"},
        {"column":"donotemail","equals":true,"points":-8,"label":"n8"},
        {"column":"budgetamount","range":{"min":1},"points":20,"label":"p20"},
        {"column":"donotphone","equals":true,"points":-20,"label":"n20"},
        {"column":"emailaddress1","present":false,"points":-8,"label":"n8b"}
        """,
        reasons: reasons);

    private static readonly Dictionary<string, object?> EveryRuleMatches = ModelDocs.Lead(
        ("decisionmaker", true), ("confirminterest", true), ("leadsourcecode", 4), ("donotemail", true), ("budgetamount", 10m), ("donotphone", true));

    [Fact]
    public void Reasons_are_the_strongest_of_each_sign_with_ties_in_model_order()
    {
        var score = ModelDocs.Compile(Model(reasons: 3)).Score(EveryRuleMatches);

        Assert.Equal(new[] { "p20", "p15", "p5a" }, score.PositiveReasons.Select(r => r.Label));
        Assert.Equal(new[] { "n20", "n8", "n8b" }, score.NegativeReasons.Select(r => r.Label));
    }

    [Theory]
    [InlineData(0, "", "")]
    [InlineData(1, "p20", "n20")]
    [InlineData(10, "p20,p15,p5a,p5b", "n20,n8,n8b")]
    public void Reason_count_limits_each_side(int reasons, string positive, string negative)
    {
        var score = ModelDocs.Compile(Model(reasons)).Score(EveryRuleMatches);

        Assert.Equal(positive, string.Join(",", score.PositiveReasons.Select(r => r.Label)));
        Assert.Equal(negative, string.Join(",", score.NegativeReasons.Select(r => r.Label)));
        Assert.Equal(7, score.Contributions.Count);
    }

    [Fact]
    public void The_same_lead_scores_the_same_whatever_the_model_instance_or_key_order()
    {
        var json = ModelDocs.Logistic("""
            {"column":"budgetamount","type":"numeric","coefficient":0.3,"scaling":{"method":"zscore","mean":1000,"scale":300}},
            {"column":"revenue","type":"numeric","coefficient":-0.2,"scaling":{"method":"minmax","min":0,"max":1e6}},
            {"column":"leadsourcecode","type":"category","coefficients":{"1":0.4,"2":-0.4}}
            """);
        var forward = ModelDocs.Lead(("budgetamount", 1234.5m), ("revenue", 250000.0), ("leadsourcecode", 2));
        var backward = ModelDocs.Lead(("leadsourcecode", 2), ("revenue", 250000.0), ("budgetamount", 1234.5m));

        var scores = new[] { ModelDocs.Compile(json).Score(forward), ModelDocs.Compile(json).Score(backward), ModelDocs.Compile(json).Score(forward) };

        Assert.All(scores, s => Assert.Equal(Describe(scores[0]), Describe(s)));
    }

    private static string Describe(LeadScore s) =>
        $"{s.Score}|{s.Grade}|{s.RawValue:R}|{string.Join(";", s.Contributions.Select(c => $"{c.Label}={c.Value:R}"))}|{string.Join(",", s.MissingColumns)}";
}
