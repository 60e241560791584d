using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>File access relative to the solution root; every failure becomes a <see cref="SolutionLoadException"/> naming the file.</summary>
internal sealed class SolutionFolder
{
    public SolutionFolder(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    /// <summary>Sub-directories of a folder (sorted, so models load deterministically); empty when it does not exist.</summary>
    public IEnumerable<string> Directories(string relativePath)
    {
        var full = Full(relativePath);
        return Directory.Exists(full) ? Directory.GetDirectories(full).OrderBy(d => d, StringComparer.Ordinal) : Enumerable.Empty<string>();
    }

    /// <summary>Files matching a pattern in a folder (sorted); empty when the folder does not exist.</summary>
    public IEnumerable<string> Files(string relativePath, string pattern, bool recursive = false)
    {
        var full = Full(relativePath);
        return Directory.Exists(full)
            ? Directory.GetFiles(full, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
    }

    public XElement LoadXml(string fullPath, string expectedRoot)
    {
        var file = Relative(fullPath);
        XDocument document;
        try
        {
            document = XDocument.Load(fullPath, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new SolutionLoadException(file, $"malformed XML: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new SolutionLoadException(file, $"cannot be read: {ex.Message}", ex);
        }

        var root = document.Root!;
        if (root.Name.LocalName != expectedRoot)
        {
            throw new SolutionLoadException(file, $"root element is <{root.Name.LocalName}>, expected <{expectedRoot}>.");
        }

        return root;
    }

    public JsonElement LoadJson(string fullPath)
    {
        var file = Relative(fullPath);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath), new JsonDocumentOptions { AllowTrailingCommas = false });
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SolutionLoadException(file, $"malformed JSON: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new SolutionLoadException(file, $"cannot be read: {ex.Message}", ex);
        }
    }
}
