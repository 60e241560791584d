using System.Text.Json;
using Hitl.Core.Configuration;

namespace Hitl.Solution.Loading;

/// <summary>environmentvariabledefinitions/&lt;schema&gt;/environmentvariabledefinition.xml and the optional environmentvariablevalues.json.</summary>
internal static class EnvironmentVariableReader
{
    public static IReadOnlyDictionary<string, EnvironmentVariableDefinition> Read(SolutionFolder folder)
    {
        var result = new Dictionary<string, EnvironmentVariableDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in folder.Directories("environmentvariabledefinitions"))
        {
            var path = Path.Combine(directory, "environmentvariabledefinition.xml");
            var file = folder.Relative(path);
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "folder has no environmentvariabledefinition.xml.");
            }

            var root = folder.LoadXml(path, "environmentvariabledefinition");
            var schemaName = root.RequiredAttribute("schemaname", file);
            if (!string.Equals(Path.GetFileName(directory), schemaName, StringComparison.Ordinal))
            {
                throw new SolutionLoadException(file, $"folder name '{Path.GetFileName(directory)}' must equal schemaname '{schemaName}'.");
            }

            var typeCode = root.RequiredInt("type", file);
            if (!Enum.IsDefined(typeof(SettingType), typeCode))
            {
                throw new SolutionLoadException(file, $"<type> {typeCode} is not a documented environment variable type "
                    + "(100000000 String, 100000001 Number, 100000002 Boolean, 100000003 JSON, 100000004 Data source, 100000005 Secret).");
            }

            var type = (SettingType)typeCode;
            var defaultValue = root.Element("defaultvalue")?.Value;
            if (type == SettingType.Boolean && defaultValue is not null && defaultValue is not ("yes" or "no"))
            {
                throw new SolutionLoadException(file, $"Boolean variable '{schemaName}' has <defaultvalue> '{defaultValue}'; Boolean values are 'yes' or 'no'.");
            }

            var valuePath = Path.Combine(directory, "environmentvariablevalues.json");
            result.Add(schemaName, new EnvironmentVariableDefinition
            {
                SchemaName = schemaName,
                DisplayName = root.Element("displayname").Label(),
                Description = root.Element("description").Label(),
                Type = type,
                DefaultValue = defaultValue,
                CurrentValue = File.Exists(valuePath) ? ReadValue(folder, valuePath) : null,
                IsRequired = root.Flag("isrequired", file),
                SourceFile = file,
            });
        }

        return result;
    }

    /// <summary>{"environmentvariablevalues":{"environmentvariablevalue":{..., "value": "…"}}}; the element may also be an array (first wins).</summary>
    private static string? ReadValue(SolutionFolder folder, string path)
    {
        var json = folder.LoadJson(path);
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("environmentvariablevalues", out var values)
            || values.ValueKind != JsonValueKind.Object
            || !values.TryGetProperty("environmentvariablevalue", out var value))
        {
            throw new SolutionLoadException(folder.Relative(path), "expected {\"environmentvariablevalues\":{\"environmentvariablevalue\":{...}}}.");
        }

        var row = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;
        return row.ValueKind == JsonValueKind.Object && row.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
    }
}
