using Hitl.Core.Configuration;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals;

/// <summary>
/// hitl_ApprovalSlaHours: {"default":48,"LeadReview":24}. Hours until an approval is due, per approval
/// type name with a default for the rest. Parse is strict; a caller that gets a ConfigurationException
/// keeps the approval with a person and uses <see cref="Default"/> (48 hours for every type).
/// </summary>
public sealed class SlaPolicy
{
    public const string SettingName = "hitl_ApprovalSlaHours";
    public const decimal DefaultHours = 48m;

    /// <summary>The environment variable's default value: <see cref="DefaultHours"/> for every type.</summary>
    public static string DefaultJson { get; } = $"{{\"default\":{ConfigJson.Format(DefaultHours)}}}";

    /// <summary>Longest SLA accepted (one year): larger values are almost certainly a typo (minutes or days).</summary>
    public const decimal MaxHours = 8760m;

    private readonly IReadOnlyDictionary<ApprovalType, decimal> _overrides;

    public SlaPolicy(decimal defaultHours, IReadOnlyDictionary<ApprovalType, decimal>? overrides = null)
    {
        CheckHours("default", defaultHours);
        var copy = new Dictionary<ApprovalType, decimal>();
        foreach (var pair in overrides ?? new Dictionary<ApprovalType, decimal>())
        {
            CheckHours(pair.Key.ToString(), pair.Value);
            copy[pair.Key] = pair.Value;
        }

        DefaultSlaHours = defaultHours;
        _overrides = copy;
    }

    /// <summary>The documented safe default: 48 hours for every type.</summary>
    public static SlaPolicy Default { get; } = new SlaPolicy(DefaultHours);

    public decimal DefaultSlaHours { get; }

    public IReadOnlyDictionary<ApprovalType, decimal> Overrides => _overrides;

    public decimal HoursFor(ApprovalType type) => _overrides.TryGetValue(type, out var hours) ? hours : DefaultSlaHours;

    /// <summary>hitl_dueon = created on + the SLA hours of the type.</summary>
    public DateTime DueOn(ApprovalType type, DateTime createdOnUtc) =>
        createdOnUtc.AddTicks((long)(HoursFor(type) * TimeSpan.TicksPerHour));

    /// <summary>Parses the environment variable value; a missing "default" means <see cref="DefaultHours"/>.</summary>
    public static SlaPolicy Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JObject obj))
        {
            throw new ConfigurationException(SettingName, $"expected an object such as {{\"default\":48,\"LeadReview\":24}}, not {ConfigJson.Describe(token)}.");
        }

        var defaultHours = DefaultHours;
        var perType = new Dictionary<ApprovalType, decimal>();
        foreach (var property in obj.Properties())
        {
            var hours = ConfigJson.Number(SettingName, property.Name, property.Value);
            if (hours <= 0 || hours > MaxHours)
            {
                throw new ConfigurationException(SettingName, $"{InputText.Quote(property.Name)} is {ConfigJson.Format(hours)} hours; use a number greater than 0 and at most {ConfigJson.Format(MaxHours)}.");
            }

            if (string.Equals(property.Name, "default", StringComparison.OrdinalIgnoreCase))
            {
                defaultHours = hours;
                continue;
            }

            var type = ParseTypeName(property.Name);
            if (perType.ContainsKey(type)) throw new ConfigurationException(SettingName, $"'{type}' is set more than once.");
            perType[type] = hours;
        }

        return new SlaPolicy(defaultHours, perType);
    }

    private static ApprovalType ParseTypeName(string name) =>
        ApprovalType.TryParse(name, out var type)
            ? type
            : throw new ConfigurationException(SettingName, $"{InputText.Quote(name)} is not an approval type. Use \"default\" or one of: {ApprovalType.Names}.");

    private static void CheckHours(string name, decimal hours)
    {
        if (hours <= 0 || hours > MaxHours)
        {
            throw new ArgumentOutOfRangeException(name, hours, $"SLA hours must be greater than 0 and at most {MaxHours}.");
        }
    }
}
