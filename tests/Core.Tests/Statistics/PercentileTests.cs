using Hitl.Core.Statistics;

namespace Hitl.Core.Tests.Statistics;

/// <summary>Expected values are numpy.percentile(x, q) with the default method ("linear", type 7), worked by hand.</summary>
public class PercentileTests
{
    [Theory]
    // x = [1,2,3,4]: h = 3p. p50: h=1.5 → 2 + 0.5·(3−2) = 2.5; p90: h=2.7 → 3 + 0.7·(4−3) = 3.7; p25: h=0.75 → 1.75.
    [InlineData(new double[] { 4, 1, 3, 2 }, 0.5, 2.5)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 0.9, 3.7)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 0.25, 1.75)]
    // x = [15,20,35,40,50]: h = 4p. p40: h=1.6 → 20 + 0.6·15 = 29; p90: h=3.6 → 40 + 0.6·10 = 46; p50: h=2 → 35.
    [InlineData(new double[] { 15, 20, 35, 40, 50 }, 0.4, 29)]
    [InlineData(new double[] { 50, 40, 35, 20, 15 }, 0.9, 46)]
    [InlineData(new double[] { 15, 20, 35, 40, 50 }, 0.5, 35)]
    [InlineData(new double[] { 15, 20, 35, 40, 50 }, 0.0, 15)]
    [InlineData(new double[] { 15, 20, 35, 40, 50 }, 1.0, 50)]
    [InlineData(new double[] { 7 }, 0.9, 7)]
    public void Matches_numpy_default_percentile(double[] values, double p, double expected)
    {
        Assert.Equal(expected, Percentile.Of(values, p)!.Value, 12);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_pair()
    {
        Assert.Equal(25.0, Percentile.Median(new double[] { 40, 10, 20, 30 }));
    }

    [Fact]
    public void Empty_sample_has_no_percentile()
    {
        Assert.Null(Percentile.Of(Array.Empty<double>(), 0.9));
        Assert.Null(Percentile.Median(Array.Empty<double>()));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Percentile_outside_zero_to_one_is_rejected(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of(new double[] { 1 }, p));
    }

    [Fact]
    public void NaN_in_the_sample_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Percentile.Median(new[] { 1, double.NaN }));
    }
}
