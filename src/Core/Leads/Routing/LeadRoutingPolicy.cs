namespace Hitl.Core.Leads.Routing;

/// <summary>The admin's routing settings (hitl_LeadReviewBand, hitl_LeadHighValueAmount, hitl_LeadGradeRoutes, hitl_AutomationPaused).</summary>
public sealed record LeadRoutingPolicy(LeadReviewBand ReviewBand, HighValueThreshold HighValue, LeadGradeRoutes Routes, bool AutomationPaused)
{
    public static LeadRoutingPolicy Default { get; } = new(LeadReviewBand.Default, HighValueThreshold.Default, LeadGradeRoutes.Default, AutomationPause.Default);
}
