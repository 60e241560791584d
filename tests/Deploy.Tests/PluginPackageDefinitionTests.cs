using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>solution/pluginpackages: the plug-in package component the solution carries (solution-format §9).</summary>
public sealed class PluginPackageDefinitionTests
{
    private static readonly string Folder = Path.Combine(Repo.Solution, "pluginpackages", "hitl_HitlSales");
    private static readonly XElement Definition = XDocument.Load(Path.Combine(Folder, "pluginpackage.xml")).Root!;

    [Fact]
    public void The_unique_name_has_the_publisher_prefix_and_names_the_folder_and_the_package_file()
    {
        Assert.Equal("pluginpackage", Definition.Name.LocalName);
        Assert.Equal("hitl_HitlSales", (string?)Definition.Attribute("uniquename"));
        Assert.Equal("hitl_HitlSales", Definition.Element("name")?.Value);
        Assert.Equal("hitl_HitlSales.nupkg", Definition.Element("package")?.Value);
        Assert.Equal("application/octet-stream", (string?)Definition.Element("package")?.Attribute("mimetype"));
    }

    [Fact]
    public void The_version_follows_the_solution_version()
    {
        var version = Definition.Element("version")!.Value;
        Assert.True(Repo.SameVersion(version, Repo.SolutionVersion), $"pluginpackage.xml {version} vs Solution.xml {Repo.SolutionVersion}: bump both");
    }

    [Fact]
    public void The_package_is_active_and_customizable()
    {
        Assert.Equal(["exportkeyversion", "iscustomizable", "name", "package", "statecode", "statuscode", "version"], Definition.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("1", Definition.Element("exportkeyversion")!.Value);
        Assert.Equal("1", Definition.Element("iscustomizable")!.Value);
        Assert.Equal("0", Definition.Element("statecode")!.Value);
        Assert.Equal("1", Definition.Element("statuscode")!.Value);
    }
}
