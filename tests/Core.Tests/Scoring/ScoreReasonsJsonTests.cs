using Hitl.Core.Scoring;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Scoring;

public class ScoreReasonsJsonTests
{
    [Fact]
    public void Reasons_carry_the_models_labels_and_contributions_and_the_missing_inputs_never_the_leads_values()
    {
        var model = ModelDocs.Compile(ModelDocs.Points(
            """{"column":"budgetamount","range":{"min":50000},"points":20,"label":"Big budget"},{"column":"jobtitle","contains":"director","points":5},{"column":"emailaddress1","present":false,"points":-10}""",
            reasons: 1));
        var score = model.Score(ModelDocs.Lead(("budgetamount", 60000m), ("jobtitle", null), ("emailaddress1", null)));

        var json = JObject.Parse(ScoreReasonsJson.Serialize(score, new[] { "Grade A" }));

        Assert.Equal("{\"column\":\"budgetamount\",\"label\":\"Big budget\",\"contribution\":20.0}", json["positive"]![0]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Single((JArray)json["positive"]!); // "reasons": 1
        Assert.Equal("emailaddress1", (string?)json["negative"]![0]!["column"]);
        Assert.Equal(new[] { "jobtitle" }, json["missing"]!.Select(t => (string)t!));
        Assert.Equal(new[] { "Grade A" }, json["reviewReasons"]!.Select(t => (string)t!));
        Assert.DoesNotContain("60000", json.ToString());
        Assert.Null(JObject.Parse(ScoreReasonsJson.Serialize(score))["reviewReasons"]);
    }
}
