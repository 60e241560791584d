using BenchmarkDotNet.Running;

namespace Hitl.Benchmarks;

/// <summary>
/// dotnet run -c Release --project bench/Hitl.Benchmarks -- --filter '*' [--job short] [--solution PATH];
/// --list flat lists the benchmarks.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var benchmarkArgs = SolutionLocator.ApplyCommandLine(args);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
