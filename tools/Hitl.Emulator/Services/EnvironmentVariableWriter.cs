using System.Security.Cryptography;
using System.Text;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Services;

/// <summary>
/// environmentvariabledefinition rows from the solution, and environmentvariablevalue rows for shipped or
/// test-set values. Product code reads them with an ordinary query, as in Dataverse.
/// </summary>
internal sealed class EnvironmentVariableWriter
{
    private readonly EmulatorRuntime _runtime;
    private readonly DirectoryWriter _directory;

    public EnvironmentVariableWriter(EmulatorRuntime runtime, DirectoryWriter directory)
    {
        _runtime = runtime;
        _directory = directory;
    }

    public void SeedDefinitions()
    {
        foreach (var variable in _runtime.Metadata.EnvironmentVariables)
        {
            _directory.Insert("environmentvariabledefinition", DefinitionId(variable.SchemaName), new Dictionary<string, object?>
            {
                ["schemaname"] = variable.SchemaName,
                ["displayname"] = variable.DisplayName,
                ["description"] = variable.Description,
                ["type"] = new OptionSetValue((int)variable.Type),
                ["defaultvalue"] = variable.DefaultValue,
                ["isrequired"] = variable.IsRequired,
            });
            if (variable.Value is not null) Set(variable.SchemaName, variable.Value);
        }
    }

    public void Set(string schemaName, string value)
    {
        var definition = Definition(schemaName);
        if (ValueRow(definition.SchemaName) is { } existing)
        {
            _directory.Patch("environmentvariablevalue", existing, new Dictionary<string, object?> { ["value"] = value });
            return;
        }
        _directory.Insert("environmentvariablevalue", _runtime.Ids.Next(), new Dictionary<string, object?>
        {
            ["schemaname"] = definition.SchemaName,
            ["value"] = value,
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", DefinitionId(definition.SchemaName)),
        });
    }

    public void Clear(string schemaName)
    {
        var definition = Definition(schemaName);
        if (ValueRow(definition.SchemaName) is { } existing) _directory.Remove("environmentvariablevalue", existing);
    }

    private Metadata.EnvironmentVariableDefinition Definition(string schemaName) =>
        _runtime.Metadata.EnvironmentVariable(schemaName)
        ?? throw new ArgumentException($"The solution defines no environment variable '{schemaName}'.", nameof(schemaName));

    private Guid? ValueRow(string schemaName)
    {
        var definitionId = DefinitionId(schemaName);
        return _runtime.Store.Committed.Rows("environmentvariablevalue")
            .FirstOrDefault(r => r["environmentvariabledefinitionid"] is EntityReference d && d.Id == definitionId)?.Id;
    }

    /// <summary>Stable per schema name, so clones and reloads agree on it.</summary>
    public static Guid DefinitionId(string schemaName) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("environmentvariabledefinition:" + schemaName.ToLowerInvariant())));
}
