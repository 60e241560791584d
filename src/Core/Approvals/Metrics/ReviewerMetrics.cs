namespace Hitl.Core.Approvals.Metrics;

/// <summary>One reviewer's decisions in the period.</summary>
public sealed record ReviewerMetrics(
    Guid ReviewerId,
    int Decisions,
    int Approvals,
    decimal ApprovalRate,
    decimal? MedianDwellSeconds,
    bool IsRubberStamp);
