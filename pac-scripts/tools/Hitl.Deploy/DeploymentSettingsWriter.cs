using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Hitl.Deploy;

/// <summary>
/// Writes the deployment settings file from the solution folder, the way `pac solution create-settings`
/// does, but without pac. When the file already exists the values an admin filled in are kept, so
/// regenerating after a new variable or connection reference only adds the new entries.
/// </summary>
internal static class DeploymentSettingsWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public sealed record Result(string Path, int EnvironmentVariables, int ConnectionReferences, int KeptValues);

    public static Result Write(string solutionFolder, string outputPath)
    {
        var existing = ReadExisting(outputPath);
        var kept = 0;
        string Keep(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return "";
            }

            kept++;
            return value;
        }

        var variables = EnvironmentVariableNames(solutionFolder)
            .Select(name => new EnvironmentVariableSetting(name, Keep(existing?.EnvironmentVariables.FirstOrDefault(v => v.SchemaName == name)?.Value)))
            .ToList();
        var connections = ConnectionReferences(solutionFolder)
            .Select(c => c with { ConnectionId = Keep(existing?.ConnectionReferences.FirstOrDefault(e => e.LogicalName == c.LogicalName)?.ConnectionId) })
            .ToList();

        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllText(outputPath, JsonSerializer.Serialize(new DeploymentSettings(variables, connections), Json) + "\n", new UTF8Encoding(false));
        return new Result(outputPath, variables.Count, connections.Count, kept);
    }

    private static IEnumerable<string> EnvironmentVariableNames(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "environmentvariabledefinitions");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            : [];
        return files
            .Select(file => XmlFile.RequiredAttribute(XmlFile.Load(file).Root!, "schemaname", file))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<ConnectionReferenceSetting> ConnectionReferences(string solutionFolder)
    {
        var file = Path.Combine(solutionFolder, "Other", "Customizations.xml");
        return XmlFile.Load(file).Descendants("connectionreference")
            .Select(reference => new ConnectionReferenceSetting(
                XmlFile.RequiredAttribute(reference, "connectionreferencelogicalname", file),
                "",
                XmlFile.RequiredElement(reference, "connectorid", file)))
            .OrderBy(reference => reference.LogicalName, StringComparer.Ordinal);
    }

    private static DeploymentSettings? ReadExisting(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var settings = JsonSerializer.Deserialize<DeploymentSettings>(File.ReadAllText(path));
            return settings is { EnvironmentVariables: not null, ConnectionReferences: not null }
                ? settings
                : throw new DeployException($"{path} is not a deployment settings file (EnvironmentVariables and ConnectionReferences are required); move it aside to regenerate.");
        }
        catch (JsonException ex)
        {
            throw new DeployException($"{path} is not valid JSON ({ex.Message}); fix it or move it aside to regenerate.");
        }
    }
}
