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
    public void Each_plugin_assembly_is_staged_where_its_data_xml_FileName_points()
    {
        var dataFiles = Directory.GetFiles(Path.Combine(Repo.Solution, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories);
        Assert.NotEmpty(dataFiles);
        foreach (var dataFile in dataFiles)
        {
            var fileName = XDocument.Load(dataFile).Root!.Element("FileName")!.Value;
            var staged = Path.Combine(packed.Staged, fileName.TrimStart('/'));
            Assert.True(File.Exists(staged), $"{fileName} (from {Path.GetFileName(dataFile)}) was not staged");
            Assert.Equal(File.ReadAllBytes(Path.Combine(packed.Bin, Path.GetFileName(fileName))), File.ReadAllBytes(staged));
        }
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
    public void Package_only_staging_drops_the_standalone_assemblies_and_their_roots()
    {
        using var out2 = new TempFolder();
        var bin = Path.Combine(out2.Path, "bin", "net462");
        Directory.CreateDirectory(bin);
        foreach (var file in Directory.GetFiles(packed.Bin))
        {
            File.Copy(file, Path.Combine(bin, Path.GetFileName(file)));
        }

        var result = Script.Run("pack.sh", "--standin", "--package-only", "--stage-only", "--out", out2.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var staged = Path.Combine(out2.Path, "solution");
        Assert.False(Directory.Exists(Path.Combine(staged, "PluginAssemblies")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(staged, "pluginpackages"), "*.nupkg", SearchOption.AllDirectories));
        var sourceRoots = Roots(Repo.Solution);
        var stagedRoots = Roots(staged);
        Assert.Contains(sourceRoots, r => r.Type == "91");
        Assert.Equal(sourceRoots.Where(r => r.Type != "91"), stagedRoots);
    }

    private static List<(string? Type, string? Id, string? SchemaName)> Roots(string solution) =>
        XDocument.Load(Path.Combine(solution, "Other", "Solution.xml")).Descendants("RootComponent")
            .Select(r => ((string?)r.Attribute("type"), (string?)r.Attribute("id"), (string?)r.Attribute("schemaName")))
            .ToList();
}
