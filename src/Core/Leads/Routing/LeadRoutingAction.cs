namespace Hitl.Core.Leads.Routing;

/// <summary>What the lead steps do with a lead once it is scored.</summary>
public enum LeadRoutingAction
{
    /// <summary>Assign it to its grade's owner team now (review status Routed automatically).</summary>
    RouteAutomatically,

    /// <summary>Keep its owner and ask a person (review status Pending review, a lead review approval).</summary>
    RequestReview,

    /// <summary>Only the score changes: the lead was already routed or reviewed and keeps its owner (review status Not needed).</summary>
    KeepOwner,
}

/// <summary>
/// Routing happens once per lead: a lead that was routed or reviewed keeps its owner when a later change rescores it,
/// and a lead waiting for review keeps waiting for the person (its approval is reused, its reasons refreshed).
/// </summary>
public static class LeadRoutingActions
{
    /// <param name="current">The lead's review status before this scoring; null when it was never scored.</param>
    public static LeadRoutingAction For(LeadReviewStatus? current, LeadRoute route)
    {
        if (route == null) throw new ArgumentNullException(nameof(route));
        return current switch
        {
            null => route.NeedsReview ? LeadRoutingAction.RequestReview : LeadRoutingAction.RouteAutomatically,
            LeadReviewStatus.PendingReview => LeadRoutingAction.RequestReview,
            _ => LeadRoutingAction.KeepOwner,
        };
    }

    /// <summary>The review status a lead gets with this action.</summary>
    public static LeadReviewStatus StatusFor(LeadRoutingAction action) => action switch
    {
        LeadRoutingAction.RouteAutomatically => LeadReviewStatus.RoutedAutomatically,
        LeadRoutingAction.RequestReview => LeadReviewStatus.PendingReview,
        _ => LeadReviewStatus.NotNeeded,
    };
}
