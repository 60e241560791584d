namespace Hitl.Solution.Loading;

/// <summary>pluginpackages/&lt;uniquename&gt;/pluginpackage.xml of the solution.</summary>
internal static class PluginPackageReader
{
    /// <summary>Unique name and version of each package, keyed by unique name.</summary>
    public static IReadOnlyDictionary<string, (string Version, string File)> Read(SolutionFolder folder)
    {
        var result = new Dictionary<string, (string Version, string File)>(System.StringComparer.Ordinal);
        foreach (var directory in folder.Directories("pluginpackages"))
        {
            var path = Path.Combine(directory, "pluginpackage.xml");
            var file = folder.Relative(path);
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "folder has no pluginpackage.xml.");
            }

            var root = folder.LoadXml(path, "pluginpackage");
            var uniqueName = root.RequiredAttribute("uniquename", file);
            if (Path.GetFileName(directory) != uniqueName)
            {
                throw new SolutionLoadException(file, $"uniquename '{uniqueName}' differs from its folder name '{Path.GetFileName(directory)}'.");
            }

            result.Add(uniqueName, (root.RequiredText("version", file), file));
        }

        return result;
    }
}
