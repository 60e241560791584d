using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring.Preview;

/// <summary>The PreviewJson output of hitl_PreviewScoringModel and the evidence of a model change approval: camelCase, fixed order.</summary>
public static class ModelPreviewJson
{
    public static string Serialize(ModelPreviewResult preview)
    {
        if (preview == null) throw new ArgumentNullException(nameof(preview));
        return new JObject
        {
            ["sampleSize"] = preview.SampleSize,
            ["active"] = Side(preview.Active),
            ["draft"] = Side(preview.Draft),
            ["changedGrades"] = preview.ChangedGrades,
            ["changesTruncated"] = preview.ChangesTruncated,
            ["changes"] = new JArray(preview.Changes.Select(c => new JObject
            {
                ["leadId"] = c.LeadId.ToString("D"),
                ["from"] = c.From?.ToString(),
                ["to"] = c.To?.ToString(),
            })),
        }.ToString(Formatting.None);
    }

    private static JObject Side(ModelPreviewSide side) => new()
    {
        ["modelVersion"] = side.ModelVersion,
        ["grades"] = new JObject(side.Grades.OrderBy(g => g.Key).Select(g => new JProperty(g.Key.ToString(), g.Value))),
        ["unscored"] = side.Unscored,
        ["review"] = side.Review,
        ["reviewShare"] = side.ReviewShare,
        ["highValue"] = side.HighValue,
        ["highValueShare"] = side.HighValueShare,
    };
}
