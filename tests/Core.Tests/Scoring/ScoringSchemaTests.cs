using System.Text.Json;
using Hitl.Core.Scoring;
using Json.Schema;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Scoring;

/// <summary>The published JSON Schema, the shipped default model, the documented examples and the reader agree.</summary>
public class ScoringSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(Repo.Read("docs/schemas/scoring-model.schema.json"));

    public static TheoryData<string> ShippedAndDocumentedModels()
    {
        var data = new TheoryData<string> { DefaultScoringModel.Json };
        foreach (var model in Repo.DocumentedModels()) data.Add(model);
        return data;
    }

    [Fact]
    public void The_docs_show_a_model_of_each_kind()
    {
        Assert.Equal(new[] { "logistic", "points" }, Repo.DocumentedModels().Select(m => (string)JObject.Parse(m)["kind"]!).OrderBy(k => k));
    }

    [Theory]
    [MemberData(nameof(ShippedAndDocumentedModels))]
    public void Shipped_and_documented_models_satisfy_the_schema_and_the_reader(string json)
    {
        Assert.Empty(SchemaErrors(json));
        Assert.Empty(ModelDocs.Read(json).Faults);
    }

    [Fact]
    public void The_documented_logistic_example_scores_as_the_docs_work_it_out()
    {
        var model = ModelDocs.Compile(Repo.DocumentedModels().Single(m => m.Contains("\"logistic\"", StringComparison.Ordinal)));

        var score = model.Score(ModelDocs.Lead(("budgetamount", 100000m), ("numberofemployees", 250), ("leadsourcecode", 8), ("address1_country", "GERMANY"), ("emailaddress1", "a@b.example")));

        Assert.Equal((81, LeadGrade.A), (score.Score, score.Grade));
        Assert.Equal(new[] { "Budget", "emailaddress1 is present", "numberofemployees" }, score.PositiveReasons.Select(r => r.Label));
        Assert.Equal(new[] { "leadsourcecode = 8" }, score.NegativeReasons.Select(r => r.Label));
    }

    /// <summary>Without each required field, with an unknown kind or an out-of-range value, both the schema and the reader refuse.</summary>
    [Theory]
    [InlineData("schemaVersion", null)]
    [InlineData("name", null)]
    [InlineData("version", null)]
    [InlineData("kind", null)]
    [InlineData("grades", null)]
    [InlineData("reasons", null)]
    [InlineData("basePoints", null)]
    [InlineData("rules", null)]
    [InlineData("kind", "\"tree\"")]
    [InlineData("schemaVersion", "2")]
    [InlineData("reasons", "11")]
    [InlineData("basePoints", "-1")]
    [InlineData("grades", """{"A":75,"B":50}""")]
    [InlineData("grades", """{"A":75,"B":50,"C":25,"D":0}""")]
    [InlineData("rules", "[]")]
    [InlineData("rules", """[{"column":"budgetamount","points":5}]""")]
    [InlineData("rules", """[{"column":"budgetamount","range":{"min":1},"equals":2,"points":5}]""")]
    [InlineData("rules", """[{"column":"budgetamount","range":{"min":1},"points":0}]""")]
    [InlineData("intercept", "1")]
    public void The_schema_and_the_reader_refuse_the_same_broken_points_model(string property, string? replacement)
    {
        var document = JObject.Parse(DefaultScoringModel.Json);
        if (replacement == null) document.Remove(property);
        else document[property] = JToken.Parse(replacement);
        var json = document.ToString();

        Assert.NotEmpty(SchemaErrors(json));
        Assert.NotEmpty(ModelDocs.Read(json).Faults);
    }

    [Theory]
    [InlineData("intercept", null)]
    [InlineData("features", null)]
    [InlineData("features", """[{"column":"budgetamount","type":"numeric","coefficient":1,"scaling":{"method":"zscore","mean":0,"scale":0}}]""")]
    [InlineData("features", """[{"column":"budgetamount","type":"numeric","coefficient":1,"scaling":{"method":"log"}}]""")]
    [InlineData("features", """[{"column":"leadsourcecode","type":"category","coefficients":{}}]""")]
    [InlineData("features", """[{"column":"emailaddress1","type":"present"}]""")]
    [InlineData("features", """[{"column":"emailaddress1","type":"flag","coefficient":1}]""")]
    [InlineData("basePoints", "30")]
    public void The_schema_and_the_reader_refuse_the_same_broken_logistic_model(string property, string? replacement)
    {
        var document = JObject.Parse(Repo.DocumentedModels().Single(m => m.Contains("\"logistic\"", StringComparison.Ordinal)));
        if (replacement == null) document.Remove(property);
        else document[property] = JToken.Parse(replacement);
        var json = document.ToString();

        Assert.NotEmpty(SchemaErrors(json));
        Assert.NotEmpty(ModelDocs.Read(json).Faults);
    }

    private static IReadOnlyList<string> SchemaErrors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? Array.Empty<string>()
            : (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }
}
