using System.Reflection;

namespace Hitl.Plugins.Tests;

/// <summary>Where the repository is, whatever the build output path.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Solution => Path.Combine(Root, "solution");
}
