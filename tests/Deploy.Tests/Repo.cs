using System.Reflection;
using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>Paths in the repository, found through the RepoRoot assembly metadata.</summary>
internal static class Repo
{
    public static readonly string Root = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Scripts => Path.Combine(Root, "pac-scripts");

    public static string Solution => Path.Combine(Root, "solution");

    public static string SolutionVersion =>
        XDocument.Load(Path.Combine(Solution, "Other", "Solution.xml")).Descendants("SolutionManifest").Elements("Version").Single().Value;

    /// <summary>Versions equal once NuGet's normalisation (a zero fourth part dropped) is undone.</summary>
    public static bool SameVersion(string left, string right) => Version.Parse(Pad(left)) == Version.Parse(Pad(right));

    private static string Pad(string version) => string.Join('.', version.Split('.').Concat(Enumerable.Repeat("0", 4)).Take(4));
}
