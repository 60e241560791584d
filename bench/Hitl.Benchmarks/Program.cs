using BenchmarkDotNet.Configs;
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
        string[] benchmarkArgs;
        try
        {
            benchmarkArgs = SolutionLocator.ApplyCommandLine(args);
        }
        catch (Exception ex) when (ex is ArgumentException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        // BenchmarkDotNet rebuilds the project in Release for the measured processes; on a busy 2-core machine
        // that takes longer than its 2-minute default.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
