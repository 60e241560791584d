namespace Hitl.Core.Approvals;

/// <summary>
/// The columns an accepted transition writes to hitl_approval. Null means "leave the column as it is".
/// The plug-in writes exactly these, so decided by/on and source never come from the client.
/// </summary>
public sealed record ApprovalChange(ApprovalStatus NewStatus)
{
    public ApprovalDecision? Decision { get; init; }

    public string? ReasonCode { get; init; }

    public string? Reason { get; init; }

    public Guid? DecidedBy { get; init; }

    public DateTime? DecidedOn { get; init; }

    public DecisionSource? Source { get; init; }

    /// <summary>True when the decision differs from hitl_recommendation (counted in the override rate).</summary>
    public bool IsOverride { get; init; }

    public DateTime? EscalatedOn { get; init; }

    /// <summary>The new ownerid, when the transition reassigns the approval.</summary>
    public Principal? NewOwner { get; init; }
}
