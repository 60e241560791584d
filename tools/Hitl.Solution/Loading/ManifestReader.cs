namespace Hitl.Solution.Loading;

/// <summary>Other/Solution.xml.</summary>
internal static class ManifestReader
{
    public const string FileName = "Other/Solution.xml";

    public static SolutionManifest Read(SolutionFolder folder)
    {
        if (!folder.Exists(FileName))
        {
            throw new SolutionLoadException(FileName, $"file not found under '{folder.Root}' (point Load at the folder that holds Other/).");
        }

        var root = folder.LoadXml(folder.Full(FileName), "ImportExportXml");
        var manifest = root.Element("SolutionManifest")
            ?? throw new SolutionLoadException(FileName, "has no <SolutionManifest>.");
        var publisherElement = manifest.Element("Publisher")
            ?? throw new SolutionLoadException(FileName, "has no <Publisher>.");

        var versionText = manifest.RequiredText("Version", FileName);
        if (!Version.TryParse(versionText, out var version))
        {
            throw new SolutionLoadException(FileName, $"<Version> '{versionText}' is not a version (major.minor.build.revision).");
        }

        var managed = manifest.RequiredInt("Managed", FileName);
        if (!Enum.IsDefined(typeof(SolutionPackageType), managed))
        {
            throw new SolutionLoadException(FileName, $"<Managed> is {managed}; expected 0 (unmanaged), 1 (managed) or 2 (both).");
        }

        var prefixText = publisherElement.RequiredText("CustomizationOptionValuePrefix", FileName);
        var optionPrefix = Xml.ParseInt(prefixText, "<CustomizationOptionValuePrefix>", FileName, publisherElement);
        if (optionPrefix is < 10000 or > 99999)
        {
            throw new SolutionLoadException(FileName, $"<CustomizationOptionValuePrefix> {optionPrefix} must have five digits (10000-99999).");
        }

        var publisher = new Publisher(
            publisherElement.RequiredText("UniqueName", FileName),
            publisherElement.Element("LocalizedNames").Label(),
            publisherElement.RequiredText("CustomizationPrefix", FileName),
            optionPrefix);

        var roots = (manifest.Element("RootComponents")?.Elements("RootComponent") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
            .Select(e =>
            {
                var type = Xml.ParseInt(e.RequiredAttribute("type", FileName), "RootComponent type", FileName, e);
                var id = e.Attribute("id")?.Value;
                var behavior = Xml.ParseInt(e.Attribute("behavior")?.Value ?? "0", "RootComponent behavior", FileName, e);
                if (!Enum.IsDefined(typeof(RootComponentBehavior), behavior))
                {
                    throw new SolutionLoadException(FileName, $"RootComponent{Xml.Line(e)} behavior {behavior} is not 0, 1 or 2.");
                }

                var schemaName = e.Attribute("schemaName")?.Value;
                if (id is null && string.IsNullOrEmpty(schemaName))
                {
                    throw new SolutionLoadException(FileName, $"RootComponent{Xml.Line(e)} of type {type} has neither schemaName nor id.");
                }

                return new RootComponent(
                    (ComponentType)type,
                    schemaName,
                    id is null ? null : Xml.ParseGuid(id, "RootComponent id", FileName, e),
                    (RootComponentBehavior)behavior);
            })
            .ToArray();

        return new SolutionManifest(
            manifest.RequiredText("UniqueName", FileName),
            manifest.Element("LocalizedNames").Label(),
            version,
            (SolutionPackageType)managed,
            publisher,
            roots);
    }
}
