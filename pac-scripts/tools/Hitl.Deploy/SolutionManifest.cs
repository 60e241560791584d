using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>Reads Other/Solution.xml.</summary>
internal static class SolutionManifest
{
    public static string Path(string solutionFolder) => System.IO.Path.Combine(solutionFolder, "Other", "Solution.xml");

    public static string ReadVersion(string solutionFolder)
    {
        var file = Path(solutionFolder);
        var version = XmlFile.Load(file).Descendants("SolutionManifest").Elements("Version").SingleOrDefault()?.Value.Trim();
        if (string.IsNullOrEmpty(version) || !System.Version.TryParse(version, out _))
        {
            throw new DeployException($"{file}: SolutionManifest/Version is missing or not a version ('{version}').");
        }

        return version;
    }
}
