using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>What a plug-in registrations folder declares besides its steps.</summary>
/// <param name="Packages">Package unique name to the simple names of its plug-in assemblies.</param>
/// <param name="CustomApiTypes">Custom API unique name to "Namespace.Type, Assembly".</param>
internal sealed record PluginRegistrations(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Packages,
    IReadOnlyDictionary<string, string> CustomApiTypes,
    string SourceFile)
{
    public static readonly PluginRegistrations None = new(
        new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>(), "");
}

/// <summary>
/// &lt;registrations&gt;/PluginRegistrations.xml: the plug-in assemblies of each package and the plug-in type of each custom API.
/// Registrations of package types live outside the solution because Dataverse binds them by keys it generates
/// when it registers the package (pac-scripts/README.md, "The plug-in package decision").
/// </summary>
internal static class PluginRegistrationReader
{
    public const string FileName = "PluginRegistrations.xml";

    public static PluginRegistrations Read(SolutionFolder folder, string registrations)
    {
        var relative = registrations + "/" + FileName;
        if (!folder.Exists(relative))
        {
            throw new SolutionLoadException(relative, "file not found; a plug-in registrations folder declares its packages and custom API bindings here.");
        }

        var root = folder.LoadXml(folder.Full(relative), "PluginRegistrations");
        var packages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var package in root.Elements("PluginPackage"))
        {
            var uniqueName = package.RequiredAttribute("uniquename", relative);
            var assemblies = package.Elements("PluginAssembly").Select(a => a.RequiredAttribute("name", relative)).ToArray();
            if (assemblies.Length == 0)
            {
                throw new SolutionLoadException(relative, $"plug-in package '{uniqueName}' lists no <PluginAssembly name=\"…\" />.");
            }

            foreach (var assembly in assemblies)
            {
                if (!owner.TryAdd(assembly, uniqueName))
                {
                    throw new SolutionLoadException(relative, $"assembly '{assembly}' is listed twice (packages '{owner[assembly]}' and '{uniqueName}').");
                }
            }

            if (!packages.TryAdd(uniqueName, assemblies))
            {
                throw new SolutionLoadException(relative, $"plug-in package '{uniqueName}' is declared twice.");
            }
        }

        var customApis = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var api in root.Element("CustomApis")?.Elements("CustomApi") ?? Enumerable.Empty<XElement>())
        {
            var uniqueName = api.RequiredAttribute("uniquename", relative);
            var typeName = api.RequiredAttribute("plugintypename", relative);
            if (PluginTypeNames.AssemblyName(typeName).Length == 0)
            {
                throw new SolutionLoadException(relative, $"custom API '{uniqueName}': plugintypename '{typeName}' must be \"Namespace.Type, Assembly\".");
            }

            if (!customApis.TryAdd(uniqueName, typeName))
            {
                throw new SolutionLoadException(relative, $"custom API '{uniqueName}' is bound twice.");
            }
        }

        return new PluginRegistrations(packages, customApis, relative);
    }
}
