using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// The approval settings, failing safe: a value an admin mistyped is traced by name and the shipped default is
/// used, because every one of these still routes work to a person (none can auto-approve).
/// </summary>
public static class ApprovalSettings
{
    public static IReadOnlyList<string> ReasonCodes(ILocalPluginContext context) => context.Settings.GetOrDefault(HitlSettings.ApprovalReasonCodes);

    public static SlaPolicy Sla(ILocalPluginContext context) => context.Settings.GetOrDefault(HitlSettings.ApprovalSlaHours);

    public static decimal ExpiryHours(ILocalPluginContext context) => context.Settings.GetOrDefault(HitlSettings.ApprovalExpiryHours);

    public static string? EscalationTeam(ILocalPluginContext context) => context.Settings.GetOrDefault(HitlSettings.ApprovalEscalationTeam);

    public static RubberStampPolicy RubberStamp(ILocalPluginContext context) => context.Settings.GetOrDefault(HitlSettings.RubberStamp);
}
