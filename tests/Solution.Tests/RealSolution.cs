using System.Reflection;

namespace Hitl.Solution.Tests;

/// <summary>The repository's solution/ folder, found through the RepoRoot assembly metadata, loaded once per test class.</summary>
public sealed class RealSolution
{
    private readonly Lazy<SolutionModel> _model = new(() => SolutionModel.Load(Folder));

    public static string Folder
    {
        get
        {
            var repoRoot = typeof(RealSolution).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
            return Path.Combine(repoRoot, "solution");
        }
    }

    /// <summary>Throws the loader's <see cref="SolutionLoadException"/> (file + problem) when the folder does not load.</summary>
    public SolutionModel Model => _model.Value;

    public static string Relative(string path) => Path.GetRelativePath(Folder, path).Replace('\\', '/');

    /// <summary>Fails with one line per problem, so a single run lists every offending file.</summary>
    public static void AssertNone(IEnumerable<string> problems, string what)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{what}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", list));
    }
}
