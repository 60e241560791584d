using System.Text.Json;

namespace Hitl.Solution;

/// <summary>A cloud flow: Workflows/&lt;Name&gt;-&lt;GUID&gt;.json and its .json.data.xml.</summary>
public sealed record CloudFlowDefinition
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }

    /// <summary>StateCode: 1 activated, 0 draft.</summary>
    public required int StateCode { get; init; }
    public required int StatusCode { get; init; }
    public int Category { get; init; }
    public bool IsActivated => StateCode == 1;

    /// <summary>connectionReferences: key (used by host.connectionName) → connectionReferenceLogicalName.</summary>
    public required IReadOnlyDictionary<string, string> ConnectionReferences { get; init; }

    /// <summary>The whole JSON document (root object with "properties" and "schemaVersion").</summary>
    public required JsonElement Json { get; init; }

    /// <summary>properties.definition: triggers, actions, parameters.</summary>
    public required JsonElement Definition { get; init; }
    public required string JsonFile { get; init; }
    public required string DataFile { get; init; }
}

/// <summary>A connectionreference element of Other/Customizations.xml.</summary>
public sealed record ConnectionReferenceDefinition(string LogicalName, string DisplayName, string ConnectorId, string Description);
