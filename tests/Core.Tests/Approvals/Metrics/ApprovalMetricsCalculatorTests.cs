using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;

namespace Hitl.Core.Tests.Approvals.Metrics;

/// <summary>
/// A hand-worked data set (T0 = 2026-03-01 00:00 UTC, now = 2026-03-10 12:00 UTC; R1 = A.Owner, R2 = A.Colleague):
///  #  status     rec     decision by  created   decided   due     notes
///  1  Approved   Approve Approve  R1  T0        T0+2h     T0+48h  in line, on time
///  2  Approved   Reject  Approve  R1  T0        T0+4h     T0+48h  override
///  3  Rejected   Approve Reject   R2  T0        T0+50h    T0+48h  override, late (breach)
///  4  Rejected   Reject  Reject   R2  T0        T0+10h    T0+24h  in line, on time
///  5  Approved   -       Approve  R2  T0        T0+1h     T0+48h  no recommendation
///  6  Pending                         T0                  T0+48h  open past due (breach)
///  7  Pending                         now−6h              now+42h open, not yet due
///  8  Escalated                       T0                  T0+24h  open past due (breach)
///  9  Expired                         T0        T0+100h   T0+24h  closed after due (breach)
/// 10  Cancelled                       T0        T0+3h     T0+48h  closed before due
/// 11  Cancelled                       T0        T0+1h     -       no due date: outside the SLA base
/// Hand results: total 11; decided 5 (1–5); with recommendation 4 (1–4), overrides 2 (2,3) → 0.5.
/// Hours to decision [2,4,50,10,1] sorted [1,2,4,10,50]: median 4; p90 h=4·0.9=3.6 → 10+0.6·40 = 34.
/// SLA: 10 with a due date, breaches 3,6,8,9 → 0.4. Automated: 15 log rows without review vs 5 human → 0.75 / 0.25.
/// R1: 2 decisions, 2 approvals, rate 1, dwell [7200 s, 14400 s] → median 10800 s.
/// R2: 3 decisions, 1 approval, rate 1/3 → 0.3333, dwell [180000, 36000, 3600] → median 36000 s.
/// </summary>
public class ApprovalMetricsCalculatorTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    internal static IReadOnlyList<ApprovalFact> DataSet() => new[]
    {
        Decided(ApprovalStatus.Approved, ApprovalDecision.Approve, ApprovalDecision.Approve, A.Owner, 2, 48, DecisionSource.Form),
        Decided(ApprovalStatus.Approved, ApprovalDecision.Reject, ApprovalDecision.Approve, A.Owner, 4, 48, DecisionSource.Flow),
        Decided(ApprovalStatus.Rejected, ApprovalDecision.Approve, ApprovalDecision.Reject, A.Colleague, 50, 48, DecisionSource.Form),
        Decided(ApprovalStatus.Rejected, ApprovalDecision.Reject, ApprovalDecision.Reject, A.Colleague, 10, 24, DecisionSource.Api),
        Decided(ApprovalStatus.Approved, null, ApprovalDecision.Approve, A.Colleague, 1, 48, DecisionSource.Form),
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Pending, T0) { DueOn = T0.AddHours(48) },
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Pending, Now.AddHours(-6)) { DueOn = Now.AddHours(42) },
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Escalated, T0) { DueOn = T0.AddHours(24) },
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Expired, T0) { DueOn = T0.AddHours(24), DecidedOn = T0.AddHours(100), Source = DecisionSource.Automation },
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Cancelled, T0) { DueOn = T0.AddHours(48), DecidedOn = T0.AddHours(3), DecidedBy = A.Requester, Source = DecisionSource.Form },
        new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Cancelled, T0) { DecidedOn = T0.AddHours(1), Source = DecisionSource.Automation },
    };

    [Fact]
    public void Hand_computed_data_set()
    {
        var m = ApprovalMetricsCalculator.Compute(DataSet(), automatedDecisionsWithoutReview: 15, RubberStampPolicy.Default, Now);

        Assert.Equal(11, m.Total);
        Assert.Equal(new Dictionary<ApprovalStatus, int>
        {
            [ApprovalStatus.Pending] = 2, [ApprovalStatus.Approved] = 3, [ApprovalStatus.Rejected] = 2,
            [ApprovalStatus.Escalated] = 1, [ApprovalStatus.Expired] = 1, [ApprovalStatus.Cancelled] = 2,
        }, m.CountsByStatus);
        Assert.Equal(5, m.Decided);
        Assert.Equal((2, 4, 0.5m), (m.Overrides, m.DecidedWithRecommendation, m.OverrideRate));
        Assert.Equal(4m, m.MedianHoursToDecision);
        Assert.Equal(34m, m.P90HoursToDecision);
        Assert.Equal((4, 10, 0.4m), (m.SlaBreaches, m.WithDueDate, m.SlaBreachRate));
        Assert.Equal((15, 5, 0.75m, 0.25m), (m.AutomatedDecisions, m.HumanDecisions, m.AutomatedShare, m.HumanShare));
        Assert.Equal(new[]
        {
            new ReviewerMetrics(A.Owner, 2, 2, 1m, 10800m, false),
            new ReviewerMetrics(A.Colleague, 3, 1, 0.3333m, 36000m, false),
        }, m.Reviewers);
    }

    [Fact]
    public void Rubber_stamp_flag_uses_the_policy_with_an_inclusive_dwell_boundary()
    {
        // R1 approves 2 of 2 with a median dwell of exactly 10800 s; R2 approves 1 of 3.
        var policy = new RubberStampPolicy(MinDecisions: 2, ApprovalRate: 0.95m, MaxMedianSeconds: 10800m);

        var m = ApprovalMetricsCalculator.Compute(DataSet(), 0, policy, Now);

        Assert.True(m.Reviewers.Single(r => r.ReviewerId == A.Owner).IsRubberStamp);
        Assert.False(m.Reviewers.Single(r => r.ReviewerId == A.Colleague).IsRubberStamp);
        Assert.False(ApprovalMetricsCalculator.Compute(DataSet(), 0, policy with { MaxMedianSeconds = 10799m }, Now).Reviewers.Single(r => r.ReviewerId == A.Owner).IsRubberStamp);
    }

    [Fact]
    public void Ten_approvals_in_seconds_flag_a_rubber_stamp_and_one_rejection_clears_it()
    {
        var quick = Enumerable.Range(0, 10).Select(i => Decided(ApprovalStatus.Approved, ApprovalDecision.Approve, ApprovalDecision.Approve, A.Owner, 0, 48, DecisionSource.Flow) with
        {
            DecidedOn = T0.AddSeconds(5 + i),
        }).ToList();
        var withRejection = quick.Take(9).Append(quick[9] with { Status = ApprovalStatus.Rejected, Decision = ApprovalDecision.Reject }).ToList();

        var flagged = Assert.Single(ApprovalMetricsCalculator.Compute(quick, 0, RubberStampPolicy.Default, Now).Reviewers);
        var cleared = Assert.Single(ApprovalMetricsCalculator.Compute(withRejection, 0, RubberStampPolicy.Default, Now).Reviewers);

        Assert.Equal((10, 1m, 9.5m, true), (flagged.Decisions, flagged.ApprovalRate, flagged.MedianDwellSeconds, flagged.IsRubberStamp));
        Assert.Equal((0.9m, false), (cleared.ApprovalRate, cleared.IsRubberStamp));
    }

    [Fact]
    public void Decisions_recorded_as_automation_count_as_automated_not_as_a_reviewer()
    {
        var facts = new[] { Decided(ApprovalStatus.Approved, ApprovalDecision.Approve, ApprovalDecision.Approve, A.Owner, 1, 48, DecisionSource.Automation) };

        var m = ApprovalMetricsCalculator.Compute(facts, 1, RubberStampPolicy.Default, Now);

        Assert.Equal((2, 0, 1m, 0m), (m.AutomatedDecisions, m.HumanDecisions, m.AutomatedShare, m.HumanShare));
        Assert.Empty(m.Reviewers);
    }

    [Fact]
    public void Empty_set_gives_zero_rates_and_null_times_never_NaN()
    {
        var m = ApprovalMetricsCalculator.Compute(Array.Empty<ApprovalFact>(), 0, RubberStampPolicy.Default, Now);

        Assert.Equal(0, m.Total);
        Assert.All(m.CountsByStatus.Values, c => Assert.Equal(0, c));
        Assert.Equal(6, m.CountsByStatus.Count);
        Assert.Equal((0m, 0m, 0m, 0m), (m.OverrideRate, m.SlaBreachRate, m.AutomatedShare, m.HumanShare));
        Assert.Null(m.MedianHoursToDecision);
        Assert.Null(m.P90HoursToDecision);
        Assert.Empty(m.Reviewers);
    }

    [Fact]
    public void Negative_automated_count_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalMetricsCalculator.Compute(DataSet(), -1, RubberStampPolicy.Default, Now));
    }

    private static ApprovalFact Decided(ApprovalStatus status, ApprovalDecision? recommendation, ApprovalDecision decision, Guid by, double decidedAfterHours, double dueAfterHours, DecisionSource source) =>
        new(ApprovalType.CommissionValidation, status, T0)
        {
            Recommendation = recommendation,
            Decision = decision,
            DecidedBy = by,
            DecidedOn = T0.AddHours(decidedAfterHours),
            DueOn = T0.AddHours(dueAfterHours),
            Source = source,
        };
}
