namespace Hitl.Solution.Loading;

/// <summary>Other/Customizations.xml: the file must exist; its inline connection references are read.</summary>
internal static class CustomizationsReader
{
    public const string FileName = "Other/Customizations.xml";

    public static IReadOnlyDictionary<string, ConnectionReferenceDefinition> Read(SolutionFolder folder)
    {
        if (!folder.Exists(FileName))
        {
            throw new SolutionLoadException(FileName, "file not found; pack requires it.");
        }

        var root = folder.LoadXml(folder.Full(FileName), "ImportExportXml");
        var result = new Dictionary<string, ConnectionReferenceDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in root.Element("connectionreferences")?.Elements("connectionreference") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
        {
            var logicalName = element.RequiredAttribute("connectionreferencelogicalname", FileName);
            var reference = new ConnectionReferenceDefinition(
                logicalName,
                element.Text("connectionreferencedisplayname") ?? logicalName,
                element.RequiredText("connectorid", FileName),
                element.Text("description") ?? "");
            if (!result.TryAdd(logicalName, reference))
            {
                throw new SolutionLoadException(FileName, $"connection reference '{logicalName}' is declared twice.");
            }
        }

        return result;
    }
}
