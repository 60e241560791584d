namespace Hitl.Benchmarks.Pipeline;

/// <summary>
/// Hands out the pre-seeded records of one iteration (BenchmarkDotNet runs exactly InvocationCount
/// invocations between two [IterationSetup] calls), and says so plainly if a benchmark asks for more.
/// </summary>
internal sealed class SeededRun
{
    private readonly IReadOnlyList<Guid> _ids;
    private readonly int _count;

    public SeededRun(IReadOnlyList<Guid> ids, int count)
    {
        if (count > ids.Count) throw new ArgumentOutOfRangeException(nameof(count), count, $"Only {ids.Count} records were seeded.");
        _ids = ids;
        _count = count;
    }

    /// <summary>How many records this iteration has used so far.</summary>
    public int Used { get; private set; }

    public Guid Next()
    {
        if (Used == _count)
        {
            throw new InvalidOperationException(
                $"The iteration used all {_count} seeded records: keep [InvocationCount] equal to the number seeded per iteration.");
        }

        return _ids[Used++];
    }
}
