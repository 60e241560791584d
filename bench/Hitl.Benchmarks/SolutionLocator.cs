namespace Hitl.Benchmarks;

/// <summary>
/// Finds the solution/ folder the emulator loads. BenchmarkDotNet runs each benchmark in a child process
/// started from its own build folder, so the host resolves the folder once (from --solution PATH or by
/// walking up to DataversePlugins.sln) and hands it down in an environment variable the children inherit.
/// </summary>
public static class SolutionLocator
{
    public const string EnvironmentVariable = "HITL_SOLUTION_FOLDER";
    public const string Option = "--solution";
    private const string SolutionFile = "DataversePlugins.sln";

    /// <summary>Takes --solution PATH out of the arguments (BenchmarkDotNet rejects options it does not know) and publishes the folder.</summary>
    public static string[] ApplyCommandLine(string[] args)
    {
        var rest = new List<string>();
        string? explicitFolder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == Option)
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"{Option} needs a path to an unpacked solution folder.");
                explicitFolder = args[++i];
            }
            else if (args[i].StartsWith(Option + "=", StringComparison.Ordinal))
            {
                explicitFolder = args[i][(Option.Length + 1)..];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var folder = explicitFolder is not null ? Path.GetFullPath(explicitFolder) : FindFromRepository(Environment.CurrentDirectory);
        if (explicitFolder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{Option} {folder}: no such folder.");
        }

        // Only when known: --list must work anywhere, and the benchmarks report the missing folder themselves.
        if (folder is not null) Environment.SetEnvironmentVariable(EnvironmentVariable, folder);
        return rest.ToArray();
    }

    /// <summary>The folder to load, for benchmark setup code running in the child process.</summary>
    public static string Resolve()
    {
        var folder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder)) return folder;

        return FindFromRepository(Environment.CurrentDirectory)
               ?? FindFromRepository(AppContext.BaseDirectory)
               ?? throw new DirectoryNotFoundException(
                   $"Cannot find the solution folder: run from inside the repository (a folder containing {SolutionFile}), " +
                   $"pass {Option} PATH, or set {EnvironmentVariable}.");
    }

    private static string? FindFromRepository(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                var solution = Path.Combine(directory.FullName, "solution");
                return Directory.Exists(solution) ? solution : null;
            }
        }

        return null;
    }
}
