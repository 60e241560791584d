using Hitl.Core.Scoring;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Leads;

/// <summary>
/// hitl_scorereasons: {"positive":[{"column":"budgetamount","reason":"Budget over 50,000","contribution":20}],"negative":[...]},
/// largest first, as many as the model shows. Labels come from the model, never from the lead's own values.
/// </summary>
public static class ScoreReasonsJson
{
    public static string Write(LeadScore score)
    {
        if (score == null) throw new ArgumentNullException(nameof(score));
        var json = new JObject
        {
            ["positive"] = Reasons(score.PositiveReasons),
            ["negative"] = Reasons(score.NegativeReasons),
        };
        return json.ToString(Formatting.None);
    }

    /// <summary>The reasons as sentences for the decision log and the approval evidence: "+20 Budget over 50,000 (budgetamount)".</summary>
    public static IReadOnlyList<string> Sentences(LeadScore score) =>
        score.PositiveReasons.Concat(score.NegativeReasons).Select(Sentence).ToList();

    private static string Sentence(ScoreContribution c) =>
        $"{(c.Value >= 0 ? "+" : string.Empty)}{Math.Round(c.Value, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Label} ({c.Column})";

    private static JArray Reasons(IEnumerable<ScoreContribution> contributions) =>
        new(contributions.Select(c => new JObject
        {
            ["column"] = c.Column,
            ["reason"] = c.Label,
            ["contribution"] = Math.Round(c.Value, 4),
        }));
}
