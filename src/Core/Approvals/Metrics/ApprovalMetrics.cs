namespace Hitl.Core.Approvals.Metrics;

/// <summary>
/// The result of hitl_GetApprovalMetrics. Rates are shares in [0,1] and come with their numerator and
/// denominator; a rate over an empty denominator is 0 (the counts tell 0/0 apart from 0/n). Medians and
/// percentiles of an empty sample are null. Nothing is ever NaN. Decimals are rounded to 4 places.
/// </summary>
public sealed record ApprovalMetrics
{
    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    public ApprovalType? Type { get; init; }

    public int Total { get; init; }

    /// <summary>Every status, in option value order, with 0 where there are none.</summary>
    public IReadOnlyDictionary<ApprovalStatus, int> CountsByStatus { get; init; } = new Dictionary<ApprovalStatus, int>();

    /// <summary>Approved plus rejected.</summary>
    public int Decided { get; init; }

    public int Overrides { get; init; }

    /// <summary>Decided approvals that carried a recommendation: the override rate's denominator.</summary>
    public int DecidedWithRecommendation { get; init; }

    public decimal OverrideRate { get; init; }

    public decimal? MedianHoursToDecision { get; init; }

    public decimal? P90HoursToDecision { get; init; }

    public int SlaBreaches { get; init; }

    /// <summary>Approvals with a due date: the SLA breach rate's denominator.</summary>
    public int WithDueDate { get; init; }

    public decimal SlaBreachRate { get; init; }

    /// <summary>Automated decisions that needed no review (from the decision log).</summary>
    public int AutomatedDecisions { get; init; }

    /// <summary>Approvals approved or rejected by a person.</summary>
    public int HumanDecisions { get; init; }

    public decimal AutomatedShare { get; init; }

    public decimal HumanShare { get; init; }

    /// <summary>Ordered by reviewer id so the output is stable.</summary>
    public IReadOnlyList<ReviewerMetrics> Reviewers { get; init; } = Array.Empty<ReviewerMetrics>();
}
