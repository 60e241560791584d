using System.Xml.Linq;

namespace Hitl.Solution.Tests;

/// <summary>
/// The Other/Customizations.xml placeholders SolutionPackager walks to find component folders. Real exports carry one
/// exactly when its folder has content (solution-format.md §3, 17 exports; e.g. microsoft/powercat-automation-kit
/// AutomationKitControlCenter/SolutionPackage/src/Other/Customizations.xml): without it pack skips the folder and
/// import fails on the root component; with it and no content, the solution claims components it lacks.
/// </summary>
public static class ComponentPlaceholders
{
    /// <summary>Placeholder element to the folder whose components it stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WebResources"] = "WebResources",
        ["Dashboards"] = "Dashboards",
        ["SolutionPluginAssemblies"] = "PluginAssemblies",
        ["SdkMessageProcessingSteps"] = "SdkMessageProcessingSteps",
        ["AppModuleSiteMaps"] = "AppModuleSiteMaps",
        ["AppModules"] = "AppModules",
        ["CanvasApps"] = "CanvasApps",
    };

    public static IEnumerable<string> Problems(string solutionFolder)
    {
        var customizations = XDocument.Load(Path.Combine(solutionFolder, "Other", "Customizations.xml")).Root!;
        foreach (var (element, folder) in Folders)
        {
            var path = Path.Combine(solutionFolder, folder);
            var hasContent = Directory.Exists(path) && Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Any();
            var hasPlaceholder = customizations.Element(element) is not null;
            if (hasContent && !hasPlaceholder)
            {
                yield return $"{folder}/ has content but Other/Customizations.xml has no <{element} />: pac solution pack would skip it";
            }
            else if (hasPlaceholder && !hasContent)
            {
                yield return $"Other/Customizations.xml has <{element} /> but {folder}/ has no content";
            }
        }
    }
}
