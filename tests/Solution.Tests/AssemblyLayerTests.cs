using System.Reflection;
using System.Xml.Linq;

namespace Hitl.Solution.Tests;

/// <summary>
/// The three rings of README's layout: Hitl.Core knows no Dataverse; Hitl.Dataverse builds on Core only; the
/// entry-point assemblies (Hitl.Plugins, Hitl.CustomApis) build on both and never on each other. Checked in the
/// project files (what a developer would add) and in the compiled assemblies (what would ship).
/// </summary>
public class AssemblyLayerTests
{
    /// <summary>Each shipped project and the Hitl projects it may reference.</summary>
    public static TheoryData<string, string[]> Rings => new()
    {
        { "Hitl.Core", Array.Empty<string>() },
        { "Hitl.Dataverse", new[] { "Hitl.Core" } },
        { "Hitl.Plugins", new[] { "Hitl.Core", "Hitl.Dataverse" } },
        { "Hitl.CustomApis", new[] { "Hitl.Core", "Hitl.Dataverse" } },
    };

    private static readonly Dictionary<string, string> ProjectFiles = new()
    {
        ["Hitl.Core"] = "src/Core/Hitl.Core.csproj",
        ["Hitl.Dataverse"] = "src/Dataverse/Hitl.Dataverse.csproj",
        ["Hitl.Plugins"] = "src/Plugins/Hitl.Plugins.csproj",
        ["Hitl.CustomApis"] = "src/CustomApis/Hitl.CustomApis.csproj",
    };

    [Theory]
    [MemberData(nameof(Rings))]
    public void Project_references_point_inward_only(string assembly, string[] allowed)
    {
        var project = Path.Combine(RepoRoot, ProjectFiles[assembly]);
        var referenced = XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!))
            .Where(name => name.StartsWith("Hitl.", StringComparison.Ordinal))
            .ToArray();

        Assert.All(referenced, name => Assert.Contains(name, allowed));
    }

    [Theory]
    [MemberData(nameof(Rings))]
    public void Compiled_references_point_inward_only(string assembly, string[] allowed)
    {
        var referenced = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Hitl.", StringComparison.Ordinal))
            .ToArray();

        Assert.All(referenced, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Core_knows_no_Dataverse()
    {
        var referenced = Assembly.Load("Hitl.Core").GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.Xrm", StringComparison.Ordinal) || name.StartsWith("Microsoft.Crm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hitl.Plugins", "Hitl.Plugins")]
    [InlineData("Hitl.CustomApis", "Hitl.CustomApis")]
    public void Entry_point_assemblies_hold_only_plugin_classes(string assembly, string rootNamespace)
    {
        // One class per step or custom API; helpers belong in Hitl.Dataverse (compiler-generated types aside).
        var others = Assembly.Load(assembly).GetTypes()
            .Where(t => t.Namespace?.StartsWith(rootNamespace, StringComparison.Ordinal) == true && !t.IsNested)
            .Where(t => !typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(t) && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() == null)
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(others);
    }

    private static string RepoRoot => typeof(AssemblyLayerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}
