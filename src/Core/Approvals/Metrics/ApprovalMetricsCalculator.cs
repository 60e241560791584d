using Hitl.Core.Statistics;

namespace Hitl.Core.Approvals.Metrics;

/// <summary>
/// Approval metrics over a set of approvals (already filtered to the period and type by the caller).
/// Definitions:
/// - decided = status approved or rejected; time to decision = decided on − created on, in hours;
/// - override rate = decided approvals whose decision differs from the recommendation / decided approvals with a recommendation;
/// - median and p90 use linear interpolation between closest ranks (type 7, Excel PERCENTILE.INC, numpy default), see <see cref="Percentile"/>;
/// - SLA breach rate = approvals closed (decided, cancelled or expired) after their due date, or still open
///   with now past their due date / approvals with a due date;
/// - automated share = automated decisions that needed no review / (those + approvals decided by a person);
/// - per reviewer (decided by, person-made decisions only): decisions, approval rate, median dwell (decided on − created on) in seconds,
///   and the rubber-stamp flag of <see cref="RubberStampPolicy"/>.
/// </summary>
public static class ApprovalMetricsCalculator
{
    private const int Decimals = 4;

    public static ApprovalMetrics Compute(
        IEnumerable<ApprovalFact> approvals,
        int automatedDecisionsWithoutReview,
        RubberStampPolicy policy,
        DateTime now,
        DateTime? from = null,
        DateTime? to = null,
        ApprovalType? type = null)
    {
        if (approvals == null) throw new ArgumentNullException(nameof(approvals));
        if (policy == null) throw new ArgumentNullException(nameof(policy));
        if (automatedDecisionsWithoutReview < 0) throw new ArgumentOutOfRangeException(nameof(automatedDecisionsWithoutReview), automatedDecisionsWithoutReview, "A count cannot be negative.");

        var all = approvals.ToList();
        var decided = all.Where(IsDecided).ToList();
        var byPeople = decided.Where(a => a.Source != DecisionSource.Automation).ToList();
        var automated = automatedDecisionsWithoutReview + (decided.Count - byPeople.Count);

        var withRecommendation = decided.Where(a => a.Recommendation.HasValue).ToList();
        var overrides = withRecommendation.Count(a => a.Decision != a.Recommendation);

        var hours = decided.Select(a => (a.DecidedOn!.Value - a.CreatedOn).TotalHours).ToList();

        var withDue = all.Where(a => a.DueOn.HasValue).ToList();
        var breaches = withDue.Count(a => IsBreach(a, now));

        return new ApprovalMetrics
        {
            From = from,
            To = to,
            Type = type,
            Total = all.Count,
            CountsByStatus = Enum.GetValues(typeof(ApprovalStatus)).Cast<ApprovalStatus>().OrderBy(s => (int)s)
                .ToDictionary(s => s, s => all.Count(a => a.Status == s)),
            Decided = decided.Count,
            Overrides = overrides,
            DecidedWithRecommendation = withRecommendation.Count,
            OverrideRate = Rate(overrides, withRecommendation.Count),
            MedianHoursToDecision = Round(Percentile.Median(hours)),
            P90HoursToDecision = Round(Percentile.Of(hours, 0.9)),
            SlaBreaches = breaches,
            WithDueDate = withDue.Count,
            SlaBreachRate = Rate(breaches, withDue.Count),
            AutomatedDecisions = automated,
            HumanDecisions = byPeople.Count,
            AutomatedShare = Rate(automated, automated + byPeople.Count),
            HumanShare = Rate(byPeople.Count, automated + byPeople.Count),
            Reviewers = byPeople.Where(a => a.DecidedBy.HasValue)
                .GroupBy(a => a.DecidedBy!.Value)
                .OrderBy(g => g.Key)
                .Select(g => Reviewer(g.Key, g.ToList(), policy))
                .ToList(),
        };
    }

    private static ReviewerMetrics Reviewer(Guid reviewerId, IReadOnlyList<ApprovalFact> decisions, RubberStampPolicy policy)
    {
        var approvals = decisions.Count(a => a.Decision == ApprovalDecision.Approve);
        var rate = Rate(approvals, decisions.Count);
        var dwell = Round(Percentile.Median(decisions.Select(a => (a.DecidedOn!.Value - a.CreatedOn).TotalSeconds)));
        return new ReviewerMetrics(reviewerId, decisions.Count, approvals, rate, dwell, policy.IsRubberStamp(decisions.Count, rate, dwell));
    }

    private static bool IsDecided(ApprovalFact a) =>
        (a.Status == ApprovalStatus.Approved || a.Status == ApprovalStatus.Rejected) && a.Decision.HasValue && a.DecidedOn.HasValue;

    private static bool IsBreach(ApprovalFact a, DateTime now)
    {
        var due = a.DueOn!.Value;
        if (ApprovalStateMachine.IsOpen(a.Status)) return now > due;
        return a.DecidedOn.HasValue && a.DecidedOn.Value > due;
    }

    private static decimal Rate(int part, int whole) => whole == 0 ? 0m : Math.Round((decimal)part / whole, Decimals, MidpointRounding.AwayFromZero);

    private static decimal? Round(double? value) =>
        value.HasValue ? Math.Round((decimal)value.Value, Decimals, MidpointRounding.AwayFromZero) : (decimal?)null;
}
