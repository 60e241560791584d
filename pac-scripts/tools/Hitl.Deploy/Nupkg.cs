using System.IO.Compression;
using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>The identity and library files of a .nupkg, read from its .nuspec and entries.</summary>
internal sealed record Nupkg(string Id, string Version, IReadOnlyList<string> Entries)
{
    public static Nupkg Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DeployException($"{path} does not exist: pack.sh creates it before staging.");
        }

        using var zip = ZipFile.OpenRead(path);
        var nuspecs = zip.Entries.Where(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).ToList();
        if (nuspecs.Count != 1)
        {
            throw new DeployException($"{path}: expected one .nuspec at the package root, found {nuspecs.Count}.");
        }

        using var stream = nuspecs[0].Open();
        var metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")
            ?? throw new DeployException($"{path}: the .nuspec has no <metadata>.");
        string Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim()
            ?? throw new DeployException($"{path}: the .nuspec has no <{name}>.");

        return new Nupkg(Value("id"), Value("version"), zip.Entries.Select(e => e.FullName).ToList());
    }
}
