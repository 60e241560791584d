using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>The plug-in assemblies the package carries, as plugin-registrations/PluginRegistrations.xml lists them.</summary>
internal static class PackageAssemblies
{
    public static IReadOnlyList<string> Read(string registrationsFolder)
    {
        var file = Path.Combine(registrationsFolder, "PluginRegistrations.xml");
        if (!File.Exists(file))
        {
            throw new DeployException($"{file} does not exist: the plug-in registrations are declared there.");
        }

        var names = XmlFile.Load(file).Descendants("PluginAssembly").Select(a => XmlFile.RequiredAttribute(a, "name", file)).ToList();
        return names.Count > 0 ? names : throw new DeployException($"{file} lists no <PluginAssembly name=\"…\" />.");
    }
}
