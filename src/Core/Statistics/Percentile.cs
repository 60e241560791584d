namespace Hitl.Core.Statistics;

/// <summary>
/// Sample percentiles by linear interpolation between closest ranks: Hyndman–Fan type 7, the method of
/// Excel PERCENTILE.INC, R's default quantile() and numpy.percentile's default ("linear").
/// For sorted values x[0..n-1] and p in [0,1]: h = (n-1)·p, result = x[⌊h⌋] + (h-⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
/// An empty sample has no percentile: null, never NaN.
/// </summary>
public static class Percentile
{
    public static double? Of(IEnumerable<double> values, double p)
    {
        if (values == null) throw new ArgumentNullException(nameof(values));
        if (double.IsNaN(p) || p < 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "The percentile must be between 0 and 1 (0.9 = p90).");

        var sorted = values.ToArray();
        if (sorted.Any(double.IsNaN)) throw new ArgumentException("The sample contains NaN.", nameof(values));
        if (sorted.Length == 0) return null;
        Array.Sort(sorted);

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1) return sorted[sorted.Length - 1];
        var fraction = h - lower;
        // x + f·(y - x) rather than (1-f)·x + f·y keeps the result within [x, y] under rounding.
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
    }

    /// <summary>The median: p = 0.5 (the mean of the two middle values for an even count).</summary>
    public static double? Median(IEnumerable<double> values) => Of(values, 0.5);
}
