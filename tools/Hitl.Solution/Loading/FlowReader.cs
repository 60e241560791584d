using System.Text.Json;

namespace Hitl.Solution.Loading;

/// <summary>Workflows/*.json.data.xml and the flow JSON each names in &lt;JsonFileName&gt;.</summary>
internal static class FlowReader
{
    public static IReadOnlyList<CloudFlowDefinition> Read(SolutionFolder folder) =>
        folder.Files("Workflows", "*.json.data.xml").Select(path => ReadOne(folder, path)).ToArray();

    private static CloudFlowDefinition ReadOne(SolutionFolder folder, string path)
    {
        var dataFile = folder.Relative(path);
        var root = folder.LoadXml(path, "Workflow");
        var jsonName = root.RequiredText("JsonFileName", dataFile).TrimStart('/');
        if (!folder.Exists(jsonName))
        {
            throw new SolutionLoadException(dataFile, $"<JsonFileName> names '{jsonName}', which does not exist.");
        }

        var jsonFile = folder.Relative(folder.Full(jsonName));
        var json = folder.LoadJson(folder.Full(jsonName));
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty("definition", out var definition)
            || definition.ValueKind != JsonValueKind.Object)
        {
            throw new SolutionLoadException(jsonFile, "has no properties.definition object.");
        }

        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        if (properties.TryGetProperty("connectionReferences", out var refs) && refs.ValueKind == JsonValueKind.Object)
        {
            foreach (var reference in refs.EnumerateObject())
            {
                var logicalName = reference.Value.ValueKind == JsonValueKind.Object
                    && reference.Value.TryGetProperty("connection", out var connection)
                    && connection.ValueKind == JsonValueKind.Object
                    && connection.TryGetProperty("connectionReferenceLogicalName", out var name)
                    && name.ValueKind == JsonValueKind.String
                        ? name.GetString()!
                        : throw new SolutionLoadException(jsonFile, $"connectionReferences.{reference.Name} has no connection.connectionReferenceLogicalName.");
                references.Add(reference.Name, logicalName);
            }
        }

        return new CloudFlowDefinition
        {
            Id = root.RequiredGuidAttribute("WorkflowId", dataFile),
            Name = root.RequiredAttribute("Name", dataFile),
            StateCode = root.RequiredInt("StateCode", dataFile),
            StatusCode = root.RequiredInt("StatusCode", dataFile),
            Category = root.Int("Category", dataFile) ?? 5,
            ConnectionReferences = references,
            Json = json,
            Definition = definition,
            JsonFile = jsonFile,
            DataFile = dataFile,
        };
    }
}
