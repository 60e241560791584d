using System.Reflection;
using System.Text.RegularExpressions;

namespace Hitl.Core.Tests.Scoring;

/// <summary>Files of the repository the scoring tests check: the published schema, the docs and the lead table.</summary>
internal static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The ```json blocks of docs/scoring.md that are model documents.</summary>
    public static IReadOnlyList<string> DocumentedModels() =>
        Regex.Matches(Read("docs/scoring.md"), "```json\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Where(block => block.Contains("\"schemaVersion\"", StringComparison.Ordinal))
            .ToList();
}
