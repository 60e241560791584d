using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// The approval settings, failing safe: a value an admin mistyped is traced and the shipped default is
/// used, because every one of these still routes work to a person (none can auto-approve).
/// </summary>
public static class ApprovalSettings
{
    public static IReadOnlyList<string> ReasonCodes(ILocalPluginContext context) =>
        Read(context, HitlSettings.ApprovalReasonCodes, ReasonCodeList.Default);

    public static SlaPolicy Sla(ILocalPluginContext context) =>
        Read(context, HitlSettings.ApprovalSlaHours, SlaPolicy.Default);

    public static decimal ExpiryHours(ILocalPluginContext context) =>
        Read(context, HitlSettings.ApprovalExpiryHours, EscalationPolicy.DefaultExpiryHours);

    public static string? EscalationTeam(ILocalPluginContext context) =>
        Read(context, HitlSettings.ApprovalEscalationTeam, null);

    public static RubberStampPolicy RubberStamp(ILocalPluginContext context) =>
        Read(context, HitlSettings.RubberStamp, RubberStampPolicy.Default);

    private static T Read<T>(ILocalPluginContext context, Setting<T> setting, T fallback)
    {
        try
        {
            return context.Settings.Get(setting);
        }
        catch (ConfigurationException ex)
        {
            context.Trace("{0} Using the shipped default.", ex.Message);
            context.Logger.LogWarning("{0} Using the shipped default.", ex.Message);
            return fallback;
        }
    }
}
