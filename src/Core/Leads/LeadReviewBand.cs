using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Leads;

/// <summary>
/// hitl_LeadReviewBand: {"min":40,"max":60}. Scores from Min to Max (both included) are ambiguous, so the lead goes
/// to review instead of being routed by its grade.
/// </summary>
public sealed record LeadReviewBand(int Min, int Max)
{
    public const string SettingName = "hitl_LeadReviewBand";

    /// <summary>The shipped band: scores 40 to 60 go to review.</summary>
    public static LeadReviewBand Default { get; } = new(40, 60);

    /// <summary>The environment variable's default value: <see cref="Default"/> as JSON.</summary>
    public static string DefaultJson { get; } = $"{{\"min\":{Default.Min},\"max\":{Default.Max}}}";

    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Keys are "min" and "max" (whole scores 0 to 100, min at most max); a missing key keeps its default, an unknown key is refused (likely a typo).</summary>
    public static LeadReviewBand Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JObject obj))
        {
            throw new ConfigurationException(SettingName, $"expected an object such as {DefaultJson}, not {ConfigJson.Describe(token)}.");
        }

        var band = Default;
        foreach (var property in obj.Properties())
        {
            switch (property.Name)
            {
                case "min":
                    band = band with { Min = Score(property) };
                    break;
                case "max":
                    band = band with { Max = Score(property) };
                    break;
                default:
                    throw new ConfigurationException(SettingName, $"{InputText.Quote(property.Name)} is not a setting. Use min and max.");
            }
        }

        if (band.Min > band.Max)
        {
            throw new ConfigurationException(SettingName, $"'min' ({band.Min}) is greater than 'max' ({band.Max}); the band would hold no score.");
        }

        return band;
    }

    private static int Score(JProperty property)
    {
        var value = ConfigJson.Number(SettingName, property.Name, property.Value);
        if (value < 0 || value > 100 || value != decimal.Truncate(value))
        {
            throw new ConfigurationException(SettingName, $"'{property.Name}' must be a whole score from 0 to 100, not {ConfigJson.Describe(property.Value)}.");
        }

        return (int)value;
    }
}
