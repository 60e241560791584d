using System.Xml;
using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>Loads solution XML with a message that names the file when it is missing or malformed.</summary>
internal static class XmlFile
{
    public static XDocument Load(string path, LoadOptions options = LoadOptions.None)
    {
        if (!File.Exists(path))
        {
            throw new DeployException($"{path} does not exist.");
        }

        try
        {
            return XDocument.Load(path, options);
        }
        catch (XmlException ex)
        {
            throw new DeployException($"{path}: {ex.Message}");
        }
    }

    public static string RequiredElement(XElement parent, string name, string file) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } value
            ? value
            : throw new DeployException($"{file}: <{parent.Name.LocalName}> has no <{name}>.");

    public static string RequiredAttribute(XElement element, string name, string file) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value
            ? value
            : throw new DeployException($"{file}: <{element.Name.LocalName}> has no {name} attribute.");
}
