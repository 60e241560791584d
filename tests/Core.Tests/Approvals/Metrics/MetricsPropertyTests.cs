using FsCheck.Xunit;
using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;
using Hitl.Core.Statistics;

namespace Hitl.Core.Tests.Approvals.Metrics;

public class MetricsPropertyTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Property(MaxTest = 500)]
    public bool Median_and_p90_lie_between_min_and_max_and_are_ordered(int head, int[] tail)
    {
        var values = tail.Prepend(head).Select(v => (double)v).ToArray();
        var median = Percentile.Median(values)!.Value;
        var p90 = Percentile.Of(values, 0.9)!.Value;
        return values.Min() <= median && median <= p90 && p90 <= values.Max();
    }

    [Property(MaxTest = 300)]
    public bool Rates_and_shares_stay_within_zero_and_one(int[] seeds, byte automated)
    {
        var facts = seeds.Select(Fact).ToList();

        var m = ApprovalMetricsCalculator.Compute(facts, automated, RubberStampPolicy.Default, T0.AddDays(3));

        var rates = new[] { m.OverrideRate, m.SlaBreachRate, m.AutomatedShare, m.HumanShare }.Concat(m.Reviewers.Select(r => r.ApprovalRate));
        return rates.All(r => r >= 0m && r <= 1m)
            && m.Overrides <= m.DecidedWithRecommendation
            && m.CountsByStatus.Values.Sum() == m.Total;
    }

    private static ApprovalFact Fact(int seed)
    {
        var s = Math.Abs(seed);
        var status = Enum.GetValues<ApprovalStatus>()[s % 6];
        var decided = status == ApprovalStatus.Approved || status == ApprovalStatus.Rejected;
        return new ApprovalFact(ApprovalType.LeadReview, status, T0)
        {
            Recommendation = (s / 6) % 3 == 0 ? null : (s / 6) % 3 == 1 ? ApprovalDecision.Approve : ApprovalDecision.Reject,
            Decision = decided ? (status == ApprovalStatus.Approved ? ApprovalDecision.Approve : ApprovalDecision.Reject) : null,
            DecidedBy = decided ? new Guid(s % 4, 0, 0, new byte[8]) : null,
            DecidedOn = ApprovalStateMachine.IsOpen(status) ? null : T0.AddMinutes(s % 5000),
            DueOn = (s / 18) % 4 == 0 ? null : T0.AddHours(24),
            Source = (s / 72) % 5 == 0 ? DecisionSource.Automation : DecisionSource.Form,
        };
    }
}
