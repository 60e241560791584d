using Hitl.Core.Approvals;

namespace Hitl.Core.Configuration;

/// <summary>
/// Every environment variable the product reads. Solution.Tests checks each one is defined in solution/
/// with this default, and that the default parses.
/// </summary>
public static class HitlSettings
{
    public static readonly Setting<SlaPolicy> ApprovalSlaHours =
        new Setting<SlaPolicy>(SlaPolicy.SettingName, SettingType.Json, SlaPolicy.DefaultJson, SlaPolicy.Parse);

    public static readonly Setting<decimal> ApprovalExpiryHours =
        new Setting<decimal>(EscalationPolicy.ExpirySettingName, SettingType.Number, "72", EscalationPolicy.ParseExpiryHours);

    /// <summary>Name of the team that receives escalations; null = the owner's manager.</summary>
    public static readonly Setting<string?> ApprovalEscalationTeam =
        new Setting<string?>(EscalationPolicy.TeamSettingName, SettingType.String, "", EscalationPolicy.ParseTeamName);

    public static readonly Setting<IReadOnlyList<string>> ApprovalReasonCodes =
        new Setting<IReadOnlyList<string>>(ReasonCodeList.SettingName, SettingType.Json, ReasonCodeList.DefaultJson, ReasonCodeList.Parse);

    public static readonly Setting<RubberStampPolicy> RubberStamp =
        new Setting<RubberStampPolicy>(RubberStampPolicy.SettingName, SettingType.Json, RubberStampPolicy.DefaultJson, RubberStampPolicy.Parse);

    public static IReadOnlyList<SettingDefinition> All { get; } = new SettingDefinition[]
    {
        ApprovalSlaHours,
        ApprovalExpiryHours,
        ApprovalEscalationTeam,
        ApprovalReasonCodes,
        RubberStamp,
    };
}
