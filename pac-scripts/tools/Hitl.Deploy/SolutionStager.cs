using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>
/// Builds the folder `pac solution pack` reads: a copy of solution/ with the plug-in package under
/// pluginpackages/&lt;name&gt;/package/. The package is the only way the plug-in assemblies ship (README,
/// "The plug-in package decision"), so a PluginAssemblies/ folder is refused. The source folder is never written to.
/// </summary>
internal static class SolutionStager
{
    public static IReadOnlyList<string> Stage(string solutionFolder, string nupkgPath, string output, bool both)
    {
        if (Path.GetFullPath(output).StartsWith(Path.GetFullPath(solutionFolder).TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            throw new DeployException($"the staging folder {output} is inside {solutionFolder}: stage elsewhere.");
        }

        if (Directory.Exists(Path.Combine(solutionFolder, "PluginAssemblies")))
        {
            throw new DeployException($"{solutionFolder} has PluginAssemblies/: the plug-in assemblies ship only inside the plug-in package, " +
                "and a standalone copy cannot load its dependencies in the sandbox. Remove it (README, \"The plug-in package decision\").");
        }

        var solutionVersion = SolutionManifest.ReadVersion(solutionFolder);
        var nupkg = Nupkg.Read(nupkgPath);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        CopyFolder(solutionFolder, output);
        var staged = new List<string>();
        staged.AddRange(StagePackages(output, nupkg, nupkgPath, solutionVersion));

        if (both)
        {
            // SolutionPackager packs Managed only from a folder marked as unpacked "Both" (2); missing
            // *_managed.xml twins then fall back to the unmanaged files (--useUnmanagedFileForMissingManaged).
            RewriteManifest(output, document => document.Descendants("SolutionManifest").Elements("Managed").Single().Value = "2");
        }

        return staged;
    }

    private static IEnumerable<string> StagePackages(string output, Nupkg nupkg, string nupkgPath, string solutionVersion)
    {
        var definitions = Directory.Exists(Path.Combine(output, "pluginpackages"))
            ? Directory.GetFiles(Path.Combine(output, "pluginpackages"), "pluginpackage.xml", SearchOption.AllDirectories)
            : [];
        if (definitions.Length != 1)
        {
            throw new DeployException($"the solution must hold exactly one pluginpackages/<name>/pluginpackage.xml, found {definitions.Length}.");
        }

        var file = definitions[0];
        var package = XmlFile.Load(file).Root!;
        var uniqueName = XmlFile.RequiredAttribute(package, "uniquename", file);
        var packageFile = XmlFile.RequiredElement(package, "package", file);
        var version = XmlFile.RequiredElement(package, "version", file);
        if (!string.Equals(nupkg.Id, uniqueName, StringComparison.Ordinal))
        {
            throw new DeployException($"{file}: uniquename '{uniqueName}' differs from the package id '{nupkg.Id}' in {nupkgPath}.");
        }

        if (!PackageVersion.AreEquivalent(version, solutionVersion) || !PackageVersion.AreEquivalent(nupkg.Version, solutionVersion))
        {
            throw new DeployException(
                $"versions disagree: Other/Solution.xml {solutionVersion}, {Path.GetFileName(file)} {version}, {Path.GetFileName(nupkgPath)} {nupkg.Version}. " +
                "Bump solution/pluginpackages/*/pluginpackage.xml together with the solution version.");
        }

        var target = Path.Combine(Path.GetDirectoryName(file)!, "package", packageFile);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(nupkgPath, target, overwrite: true);
        yield return target;
    }

    private static void RewriteManifest(string output, Action<XDocument> change)
    {
        var manifest = SolutionManifest.Path(output);
        var document = XmlFile.Load(manifest, LoadOptions.PreserveWhitespace);
        change(document);

        // Exported solution files start with a UTF-8 byte order mark; keep it.
        using var writer = XmlWriter.Create(manifest, new XmlWriterSettings { Encoding = new UTF8Encoding(true) });
        document.Save(writer);
    }

    private static void CopyFolder(string source, string target)
    {
        if (!Directory.Exists(Path.Combine(source, "Other")))
        {
            throw new DeployException($"{source} is not an unpacked solution folder (no Other/).");
        }

        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }
}
