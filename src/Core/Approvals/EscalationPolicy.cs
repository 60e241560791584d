using System.Globalization;
using Hitl.Core.Configuration;

namespace Hitl.Core.Approvals;

/// <summary>hitl_ApprovalExpiryHours: hours an escalated approval waits before it expires (Number, default 72).</summary>
public static class EscalationPolicy
{
    public const string ExpirySettingName = "hitl_ApprovalExpiryHours";
    public const string TeamSettingName = "hitl_ApprovalEscalationTeam";
    public const decimal DefaultExpiryHours = 72m;

    public static decimal ParseExpiryHours(string? raw)
    {
        if (!decimal.TryParse(raw?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
        {
            throw new ConfigurationException(ExpirySettingName, $"{InputText.Quote(raw)} is not a number of hours (use digits with '.' as the decimal separator).");
        }

        if (hours <= 0 || hours > SlaPolicy.MaxHours)
        {
            throw new ConfigurationException(ExpirySettingName, $"{ConfigJson.Format(hours)} hours is out of range; use a number greater than 0 and at most {ConfigJson.Format(SlaPolicy.MaxHours)}.");
        }

        return hours;
    }

    /// <summary>hitl_ApprovalEscalationTeam: a blank value means "no team, use the owner's manager".</summary>
    public static string? ParseTeamName(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw!.Trim();
}
