using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>
/// A score's reasons as JSON (lead column hitl_scorereasons, the Reasons output of hitl_ScoreLead): the model's labels and
/// contributions, never the lead's own values. Fixed property order so equal scores give equal text.
/// </summary>
public static class ScoreReasonsJson
{
    /// <param name="reviewReasons">Why routing would send the lead to a person (hitl_ScoreLead adds them); null leaves them out.</param>
    public static string Serialize(LeadScore score, IReadOnlyList<string>? reviewReasons = null)
    {
        if (score == null) throw new ArgumentNullException(nameof(score));
        var json = new JObject
        {
            ["modelVersion"] = score.ModelVersion,
            ["score"] = score.Score,
            ["grade"] = score.Grade.ToString(),
            ["positive"] = Reasons(score.PositiveReasons),
            ["negative"] = Reasons(score.NegativeReasons),
            ["missing"] = new JArray(score.MissingColumns),
        };
        if (reviewReasons != null) json["reviewReasons"] = new JArray(reviewReasons);
        return json.ToString(Formatting.None);
    }

    private static JArray Reasons(IEnumerable<ScoreContribution> reasons) =>
        new(reasons.Select(r => new JObject { ["column"] = r.Column, ["label"] = r.Label, ["contribution"] = Math.Round(r.Value, 4) }));
}
