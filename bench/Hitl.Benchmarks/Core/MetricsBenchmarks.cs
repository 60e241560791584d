using BenchmarkDotNet.Attributes;
using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;
using Hitl.Core.Statistics;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// ApprovalMetricsCalculator.Compute over 10,000 approval facts (what hitl_GetApprovalMetrics computes
/// after its query), and the type-7 percentile it calls for the overall and per-reviewer medians.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private const int Facts = 10_000;

    private List<ApprovalFact> _facts = null!;
    private double[] _hours = null!;

    [GlobalSetup]
    public void Setup()
    {
        var reviewers = SampleData.Guids(new Random(3), 50);
        _facts = SampleData.Facts(Facts, 5, reviewers);
        _hours = _facts.Where(f => f.DecidedOn.HasValue).Select(f => (f.DecidedOn!.Value - f.CreatedOn).TotalHours).ToArray();

        var metrics = Compute();
        if (metrics.Total != Facts || metrics.Reviewers.Count != reviewers.Length || metrics.SlaBreaches == 0 || metrics.Overrides == 0)
        {
            throw new InvalidOperationException("The sample must have every reviewer, SLA breaches and overrides, or Compute skips work.");
        }
    }

    [Benchmark]
    public ApprovalMetrics Compute() => ApprovalMetricsCalculator.Compute(_facts, 500, RubberStampPolicy.Default, SampleData.Now);

    [Benchmark]
    public double? P90Of10000() => Percentile.Of(_hours, 0.9);
}
