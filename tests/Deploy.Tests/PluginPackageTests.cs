using System.IO.Compression;
using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>The hitl_HitlSales plug-in package pack.sh builds from a stand-in build.</summary>
[Collection(PackedCollection.Name)]
public sealed class PluginPackageTests(PackedOutput packed)
{
    private static readonly string[] Shipped =
    [
        "Hitl.Plugins.dll", "Hitl.CustomApis.dll", "Hitl.Dataverse.dll", "Hitl.Core.dll", "Newtonsoft.Json.dll",
        // Microsoft.Bcl.TimeProvider and its own dependencies: not in .NET Framework 4.6.2, so not in the sandbox.
        "Microsoft.Bcl.TimeProvider.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.Runtime.CompilerServices.Unsafe.dll",
        "System.Threading.Tasks.Extensions.dll", "System.ValueTuple.dll",
    ];

    [Fact]
    public void The_standin_build_succeeds()
    {
        Assert.True(packed.Build.ExitCode == 0, packed.Build.ToString());
    }

    [Fact]
    public void The_nupkg_is_named_after_the_package_id_and_the_solution_version()
    {
        var name = Path.GetFileNameWithoutExtension(packed.Nupkg);
        Assert.StartsWith("hitl_HitlSales.", name);
        Assert.True(Repo.SameVersion(name["hitl_HitlSales.".Length..], Repo.SolutionVersion), $"{name} vs Solution.xml {Repo.SolutionVersion}");
    }

    [Fact]
    public void The_nuspec_has_the_package_id_and_the_solution_version()
    {
        using var zip = ZipFile.OpenRead(packed.Nupkg);
        var nuspec = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        Assert.Equal("hitl_HitlSales.nuspec", nuspec.FullName);
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("hitl_HitlSales", Value("id"));
        Assert.True(Repo.SameVersion(Value("version"), Repo.SolutionVersion), $"nuspec {Value("version")} vs Solution.xml {Repo.SolutionVersion}");
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
    }

    [Fact]
    public void Lib_net462_holds_the_plugin_assemblies_and_every_dependency_the_sandbox_lacks()
    {
        var lib = LibEntries();
        foreach (var file in Shipped)
        {
            Assert.Contains(file, lib);
        }
    }

    [Fact]
    public void Every_assembly_a_shipped_assembly_references_is_shipped_or_in_the_sandbox()
    {
        // Taken from the build output, not from a list: Hitl.Dataverse (or any later dependency) is checked the same way.
        var lib = LibEntries().Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Directory.GetFiles(packed.Bin, "*.dll")
            .SelectMany(References)
            .Where(name => !lib.Contains(name) && name is not ("mscorlib" or "netstandard" or "System" or "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy")
                           && !name.StartsWith("System.", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Check_build_refuses_an_output_missing_a_referenced_dependency()
    {
        using var out2 = new TempFolder();
        var bin = Path.Combine(out2.Path, "bin");
        Directory.CreateDirectory(bin);
        foreach (var file in Directory.GetFiles(packed.Bin).Where(f => Path.GetFileName(f) != "Hitl.Core.dll"))
        {
            File.Copy(file, Path.Combine(bin, Path.GetFileName(file)));
        }

        var result = Tool.Run(packed.Out, "check-build", "--bin", bin, "--registrations", Path.Combine(Repo.Root, "plugin-registrations"), "--standin");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("lacks Hitl.Core.dll, which the shipped assemblies reference and the sandbox does not provide", result.Error);
    }

    private static IEnumerable<string> References(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    [Fact]
    public void The_dataverse_sdk_assemblies_are_never_shipped()
    {
        using var zip = ZipFile.OpenRead(packed.Nupkg);
        var names = zip.Entries.Select(e => Path.GetFileName(e.FullName)).ToList();
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.dll", names);
        Assert.DoesNotContain("Microsoft.Crm.Sdk.Proxy.dll", names);
        Assert.False(File.Exists(Path.Combine(packed.Bin, "Microsoft.Xrm.Sdk.dll")), "build.sh collected the SDK stand-in");
    }

    [Fact]
    public void Lib_net462_is_exactly_the_collected_build_output()
    {
        var built = Directory.GetFiles(packed.Bin).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(built, LibEntries().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_package_has_the_open_packaging_parts_nuget_and_dataverse_read()
    {
        using var zip = ZipFile.OpenRead(packed.Nupkg);
        var contentTypes = zip.GetEntry("[Content_Types].xml");
        Assert.NotNull(contentTypes);
        Assert.NotNull(zip.GetEntry("_rels/.rels"));
        using var stream = contentTypes.Open();
        var extensions = XDocument.Load(stream).Root!.Elements().Select(e => (string?)e.Attribute("Extension")).ToList();
        Assert.Contains("nuspec", extensions);
        Assert.Contains("dll", extensions);
    }

    private List<string> LibEntries()
    {
        using var zip = ZipFile.OpenRead(packed.Nupkg);
        return zip.Entries.Where(e => e.FullName.StartsWith("lib/net462/", StringComparison.Ordinal)).Select(e => e.Name).ToList();
    }
}
