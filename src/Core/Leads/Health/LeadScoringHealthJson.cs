using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Leads.Health;

/// <summary>The MetricsJson output of hitl_GetLeadScoringMetrics: camelCase, fixed order, rates rounded to 4 decimals, nulls written (no evidence is not 0).</summary>
public static class LeadScoringHealthJson
{
    public static string Serialize(LeadScoringHealth health, DateTime from, DateTime to)
    {
        if (health == null) throw new ArgumentNullException(nameof(health));
        return new JObject
        {
            ["from"] = Date(from),
            ["to"] = Date(to),
            ["leads"] = health.Grades.Sum(g => g.Leads),
            ["gradesRankInOrder"] = health.GradesRankInOrder,
            ["grades"] = new JArray(health.Grades.Select(g => new JObject
            {
                ["grade"] = g.Grade.ToString(),
                ["leads"] = g.Leads,
                ["qualified"] = g.Qualified,
                ["disqualified"] = g.Disqualified,
                ["qualificationRate"] = Round(g.QualificationRate),
            })),
            ["review"] = new JObject
            {
                ["agreed"] = health.Review.Agreed,
                ["agreedQualified"] = health.Review.AgreedQualified,
                ["agreedConversion"] = Round(health.Review.AgreedConversion),
                ["overrode"] = health.Review.Overrode,
                ["overrodeQualified"] = health.Review.OverrodeQualified,
                ["overrodeConversion"] = Round(health.Review.OverrodeConversion),
            },
        }.ToString(Formatting.None);
    }

    private static decimal? Round(decimal? rate) => rate.HasValue ? Math.Round(rate.Value, 4, MidpointRounding.AwayFromZero) : null;

    private static string Date(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
