namespace Hitl.Solution;

/// <summary>
/// The solution folder cannot be turned into a model: malformed XML/JSON, a missing required element or an
/// invalid registration. <see cref="Exception.Message"/> always starts with the offending file (relative to the
/// solution folder) so the fix is obvious from a build log.
/// </summary>
public sealed class SolutionLoadException : Exception
{
    public SolutionLoadException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Path of the offending file relative to the solution folder, with forward slashes.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
