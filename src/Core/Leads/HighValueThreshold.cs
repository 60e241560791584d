using System.Globalization;
using Hitl.Core.Approvals;
using Hitl.Core.Configuration;

namespace Hitl.Core.Leads;

/// <summary>
/// hitl_LeadHighValueAmount: the estimated value (lead column estimatedvalue) at or above which a lead is high value
/// and goes to review whatever its score.
/// </summary>
public sealed record HighValueThreshold(decimal Amount)
{
    public const string SettingName = "hitl_LeadHighValueAmount";

    /// <summary>Largest amount accepted: the maximum of the lead's estimatedvalue column, so a larger one is a typo.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>The shipped threshold: 100,000 in the lead's currency.</summary>
    public static HighValueThreshold Default { get; } = new(100_000m);

    /// <summary>The environment variable's default value: <see cref="Default"/> as the number Dataverse stores.</summary>
    public static string DefaultText { get; } = ConfigJson.Format(Default.Amount);

    /// <summary>A lead without an estimated value is not high value by this rule (missing inputs are the model's concern).</summary>
    public bool IsHighValue(decimal? estimatedValue) => estimatedValue.HasValue && estimatedValue.Value >= Amount;

    /// <summary>Digits with an optional '.' decimal part; no thousands separators, which read differently per locale.</summary>
    public static HighValueThreshold Parse(string? raw)
    {
        const NumberStyles Digits = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(raw, Digits, CultureInfo.InvariantCulture, out var amount))
        {
            throw new ConfigurationException(SettingName, $"{InputText.Quote(raw)} is not an amount: use digits with '.' as the decimal separator and no thousands separators, for example {DefaultText}.");
        }

        if (amount < 0 || amount > MaxAmount)
        {
            throw new ConfigurationException(SettingName, $"{ConfigJson.Format(amount)} is out of range; use an amount from 0 to {ConfigJson.Format(MaxAmount)}.");
        }

        return new HighValueThreshold(amount);
    }
}
