using System.Globalization;
using Hitl.Core.Approvals;

namespace Hitl.Core.Configuration;

/// <summary>The approval backbone's settings.</summary>
public static partial class HitlSettings
{
    public static readonly Setting<SlaPolicy> ApprovalSlaHours =
        new(SlaPolicy.SettingName, SettingType.Json, SlaPolicy.DefaultJson, SlaPolicy.Parse);

    public static readonly Setting<decimal> ApprovalExpiryHours =
        new(EscalationPolicy.ExpirySettingName, SettingType.Number, EscalationPolicy.DefaultExpiryHours.ToString(CultureInfo.InvariantCulture), EscalationPolicy.ParseExpiryHours);

    /// <summary>Name of the team that receives escalations; null = the owner's manager.</summary>
    public static readonly Setting<string?> ApprovalEscalationTeam =
        new(EscalationPolicy.TeamSettingName, SettingType.String, "", EscalationPolicy.ParseTeamName);

    public static readonly Setting<IReadOnlyList<string>> ApprovalReasonCodes =
        new(ReasonCodeList.SettingName, SettingType.Json, ReasonCodeList.DefaultJson, ReasonCodeList.Parse);

    public static readonly Setting<RubberStampPolicy> RubberStamp =
        new(RubberStampPolicy.SettingName, SettingType.Json, RubberStampPolicy.DefaultJson, RubberStampPolicy.Parse);
}
