using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Configuration
{
    /// <summary>
    /// Every environment variable the product reads. Solution.Tests checks each one is defined in solution/
    /// with this default, and that the default parses.
    /// </summary>
    public static class HitlSettings
    {
        public static readonly Setting<JToken> ApprovalSlaHours =
            new Setting<JToken>("hitl_ApprovalSlaHours", SettingType.Json, "{\"default\":48}", SettingParsers.Json);

        public static readonly Setting<decimal> ApprovalExpiryHours =
            new Setting<decimal>("hitl_ApprovalExpiryHours", SettingType.Number, "72", SettingParsers.Number);

        public static readonly Setting<string> ApprovalEscalationTeam =
            new Setting<string>("hitl_ApprovalEscalationTeam", SettingType.String, "", SettingParsers.Text);

        public static readonly Setting<JToken> ApprovalReasonCodes =
            new Setting<JToken>("hitl_ApprovalReasonCodes", SettingType.Json, "[\"DataQuality\",\"PolicyException\",\"ModelError\",\"CustomerContext\",\"Other\"]", SettingParsers.Json);

        public static readonly Setting<JToken> RubberStampPolicy =
            new Setting<JToken>("hitl_RubberStampPolicy", SettingType.Json, "{\"minDecisions\":10,\"approvalRate\":0.95,\"maxMedianSeconds\":30}", SettingParsers.Json);

        public static IReadOnlyList<SettingDefinition> All { get; } = new SettingDefinition[]
        {
            ApprovalSlaHours,
            ApprovalExpiryHours,
            ApprovalEscalationTeam,
            ApprovalReasonCodes,
            RubberStampPolicy,
        };
    }
}
