using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>
/// A score's reasons as JSON (lead column hitl_scorereasons, the Reasons output of hitl_ScoreLead): the model's labels and
/// contributions, never the lead's own values. Fixed property order so equal scores give equal text.
/// </summary>
public static class ScoreReasonsJson
{
    public static string Serialize(LeadScore score)
    {
        if (score == null) throw new ArgumentNullException(nameof(score));
        return new JObject
        {
            ["modelVersion"] = score.ModelVersion,
            ["score"] = score.Score,
            ["grade"] = score.Grade.ToString(),
            ["positive"] = Reasons(score.PositiveReasons),
            ["negative"] = Reasons(score.NegativeReasons),
            ["missing"] = new JArray(score.MissingColumns),
        }.ToString(Formatting.None);
    }

    private static JArray Reasons(IEnumerable<ScoreContribution> reasons) =>
        new(reasons.Select(r => new JObject { ["column"] = r.Column, ["label"] = r.Label, ["contribution"] = Math.Round(r.Value, 4) }));
}
