using System.Reflection;

namespace Hitl.Sdk.Tests;

/// <summary>Locates checked-in files through the RepoRoot metadata the build stamps on test assemblies.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
