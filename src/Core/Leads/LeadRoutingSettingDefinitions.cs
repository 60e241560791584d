using Hitl.Core.Leads;

namespace Hitl.Core.Configuration;

/// <summary>
/// The settings that decide whether a scored lead is routed automatically or goes to review. Every default keeps a
/// person in the loop where it matters: no grade is routed until an admin names its team.
/// </summary>
public static partial class HitlSettings
{
    public static readonly Setting<LeadReviewBand> LeadReviewBand =
        new(Leads.LeadReviewBand.SettingName, SettingType.Json, Leads.LeadReviewBand.DefaultJson, Leads.LeadReviewBand.Parse);

    public static readonly Setting<HighValueThreshold> LeadHighValueAmount =
        new(HighValueThreshold.SettingName, SettingType.Number, HighValueThreshold.DefaultText, HighValueThreshold.Parse);

    public static readonly Setting<LeadGradeRoutes> LeadGradeRoutes =
        new(Leads.LeadGradeRoutes.SettingName, SettingType.Json, Leads.LeadGradeRoutes.DefaultJson, Leads.LeadGradeRoutes.Parse);

    /// <summary>
    /// The kill switch. A caller that cannot read it must treat automation as paused (read it with Get and catch
    /// ConfigurationException), never fall back to the shipped "no": a mistyped pause must still pause.
    /// </summary>
    public static readonly Setting<bool> AutomationPaused =
        new(AutomationPause.SettingName, SettingType.Boolean, AutomationPause.DefaultText, AutomationPause.Parse);
}
