using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// Shows the ratio to a slow baseline as "85.4x faster" instead of a mean ratio that rounds to 0.01.
/// </summary>
public sealed class TimesFasterConfig : ManualConfig
{
    public TimesFasterConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}
