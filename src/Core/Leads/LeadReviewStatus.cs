namespace Hitl.Core.Leads;

/// <summary>Global option set hitl_leadreviewstatus (lead column hitl_reviewstatus); values mirror the solution. Empty = not scored yet.</summary>
public enum LeadReviewStatus
{
    /// <summary>Scored, but no routing decision was due: the lead had already been routed or reviewed and keeps its owner.</summary>
    NotNeeded = 741200000,

    /// <summary>A lead review approval is open; the lead keeps its current owner until a person decides.</summary>
    PendingReview = 741200001,

    /// <summary>A person decided the lead review approval.</summary>
    Reviewed = 741200002,

    /// <summary>Assigned to its grade's owner team without review.</summary>
    RoutedAutomatically = 741200003,
}
