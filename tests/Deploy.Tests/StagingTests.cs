using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>The solution folder pack.sh stages for `pac solution pack`, and what it says without pac.</summary>
[Collection(PackedCollection.Name)]
public sealed class StagingTests(PackedOutput packed)
{
    [Fact]
    public void Without_pac_pack_stops_after_staging_and_says_what_is_missing()
    {
        Assert.True(packed.Pack.ExitCode == 3, packed.Pack.ToString());
        Assert.Contains("pac was not found on PATH", packed.Pack.Error);
        Assert.Contains($"staged {packed.Staged}", packed.Pack.Error);
        Assert.Contains("HitlSales.zip was not packed", packed.Pack.Error);
        Assert.Contains($"pac solution pack --zipfile \"{Path.Combine(packed.Out, "HitlSales.zip")}\" --folder \"{packed.Staged}\" --packagetype Unmanaged", packed.Pack.Error);
        Assert.False(File.Exists(Path.Combine(packed.Out, "HitlSales.zip")));
    }

    [Fact]
    public void The_package_is_the_only_carrier_of_plugin_assemblies_in_the_staged_solution()
    {
        Assert.False(Directory.Exists(Path.Combine(packed.Staged, "PluginAssemblies")));
        Assert.Empty(Directory.GetFiles(packed.Staged, "*.dll", SearchOption.AllDirectories));
        Assert.DoesNotContain(Roots(packed.Staged), r => r.Type is "91" or "92");
        Assert.Single(Directory.GetFiles(Path.Combine(packed.Staged, "pluginpackages"), "*.nupkg", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_plugin_package_is_staged_under_the_name_its_definition_gives()
    {
        var definition = Directory.GetFiles(Path.Combine(Repo.Solution, "pluginpackages"), "pluginpackage.xml", SearchOption.AllDirectories).Single();
        var packageFile = XDocument.Load(definition).Root!.Element("package")!.Value;
        var folder = Path.GetFileName(Path.GetDirectoryName(definition))!;
        var staged = Path.Combine(packed.Staged, "pluginpackages", folder, "package", packageFile);

        Assert.True(File.Exists(staged), $"{staged} is missing");
        Assert.Equal(File.ReadAllBytes(packed.Nupkg), File.ReadAllBytes(staged));
    }

    [Fact]
    public void Every_source_file_is_staged_unchanged()
    {
        foreach (var file in Directory.GetFiles(Repo.Solution, "*", SearchOption.AllDirectories))
        {
            var staged = Path.Combine(packed.Staged, Path.GetRelativePath(Repo.Solution, file));
            Assert.True(File.Exists(staged), $"{staged} is missing");
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(staged)), $"{staged} differs from the source");
        }
    }

    [Fact]
    public void The_source_solution_folder_gets_no_build_output()
    {
        var outputs = Directory.GetFiles(Repo.Solution, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(outputs);
    }

    [Fact]
    public void A_standin_build_is_not_packed_as_if_it_were_the_shipping_build()
    {
        var result = Script.Run("pack.sh", "--out", packed.Out);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("compiled against the SDK stand-in", result.Error);
        Assert.Contains("pass --standin to pack for a local rehearsal", result.Error);
    }

    [Fact]
    public void A_solution_with_standalone_plugin_assemblies_is_not_staged()
    {
        using var copy = new TempFolder();
        var solution = Path.Combine(copy.Path, "solution");
        foreach (var file in Directory.GetFiles(Repo.Solution, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(solution, Path.GetRelativePath(Repo.Solution, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(solution, "PluginAssemblies", "Hitl.Plugins-0B7E3F2E-6F1C-4D8A-9A51-2E0C4C1F7A10"));
        var result = Tool.Run(packed.Out, "stage", "--solution", solution, "--nupkg", packed.Nupkg, "--out", Path.Combine(copy.Path, "staged"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("has PluginAssemblies/: the plug-in assemblies ship only inside the plug-in package", result.Error);
    }

    private static List<(string? Type, string? Id, string? SchemaName)> Roots(string solution) =>
        XDocument.Load(Path.Combine(solution, "Other", "Solution.xml")).Descendants("RootComponent")
            .Select(r => ((string?)r.Attribute("type"), (string?)r.Attribute("id"), (string?)r.Attribute("schemaName")))
            .ToList();
}
