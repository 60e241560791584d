namespace Hitl.Core.Approvals.Metrics;

/// <summary>One hitl_approval row as the metrics need it (the custom API selects just these columns).</summary>
public sealed record ApprovalFact(ApprovalType Type, ApprovalStatus Status, DateTime CreatedOn)
{
    public ApprovalDecision? Recommendation { get; init; }

    public ApprovalDecision? Decision { get; init; }

    public DateTime? DueOn { get; init; }

    /// <summary>When it was decided, cancelled or expired.</summary>
    public DateTime? DecidedOn { get; init; }

    public Guid? DecidedBy { get; init; }

    public DecisionSource? Source { get; init; }
}
