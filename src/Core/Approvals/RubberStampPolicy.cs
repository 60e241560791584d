using Hitl.Core.Configuration;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals;

/// <summary>
/// hitl_RubberStampPolicy: a reviewer is flagged when they made at least MinDecisions decisions, approved
/// at least ApprovalRate of them, and their median dwell time is at most MaxMedianSeconds.
/// </summary>
public sealed record RubberStampPolicy(int MinDecisions, decimal ApprovalRate, decimal MaxMedianSeconds)
{
    public const string SettingName = "hitl_RubberStampPolicy";
    /// <summary>The shipped policy: flagged after 10 decisions, 95 % approved, a median of 30 seconds or less.</summary>
    public static RubberStampPolicy Default { get; } = new RubberStampPolicy(10, 0.95m, 30m);

    /// <summary>The environment variable's default value: <see cref="Default"/> as JSON.</summary>
    public static string DefaultJson { get; } =
        $"{{\"minDecisions\":{Default.MinDecisions},\"approvalRate\":{ConfigJson.Format(Default.ApprovalRate)},\"maxMedianSeconds\":{ConfigJson.Format(Default.MaxMedianSeconds)}}}";


    /// <summary>Keys are camelCase as in the default; a missing key keeps its default, an unknown key is an error (likely a typo).</summary>
    public static RubberStampPolicy Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JObject obj))
        {
            throw new ConfigurationException(SettingName, $"expected an object such as {DefaultJson}, not {ConfigJson.Describe(token)}.");
        }

        var policy = Default;
        foreach (var property in obj.Properties())
        {
            var value = ConfigJson.Number(SettingName, property.Name, property.Value);
            switch (property.Name)
            {
                case "minDecisions":
                    if (value < 1 || value != decimal.Truncate(value) || value > int.MaxValue)
                        throw new ConfigurationException(SettingName, $"'minDecisions' must be a whole number of at least 1, not {ConfigJson.Format(value)}.");
                    policy = policy with { MinDecisions = (int)value };
                    break;
                case "approvalRate":
                    if (value <= 0 || value > 1)
                        throw new ConfigurationException(SettingName, $"'approvalRate' is a share between 0 and 1 (0.95 = 95 %), not {ConfigJson.Format(value)}.");
                    policy = policy with { ApprovalRate = value };
                    break;
                case "maxMedianSeconds":
                    if (value <= 0)
                        throw new ConfigurationException(SettingName, $"'maxMedianSeconds' must be greater than 0, not {ConfigJson.Format(value)}.");
                    policy = policy with { MaxMedianSeconds = value };
                    break;
                default:
                    throw new ConfigurationException(SettingName, $"{InputText.Quote(property.Name)} is not a setting. Use minDecisions, approvalRate and maxMedianSeconds.");
            }
        }

        return policy;
    }

    /// <summary>The flag itself; a reviewer without a median (no decisions) is never flagged.</summary>
    public bool IsRubberStamp(int decisions, decimal approvalRate, decimal? medianDwellSeconds) =>
        decisions >= MinDecisions && approvalRate >= ApprovalRate && medianDwellSeconds.HasValue && medianDwellSeconds.Value <= MaxMedianSeconds;
}
