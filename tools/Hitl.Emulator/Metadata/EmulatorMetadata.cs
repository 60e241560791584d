namespace Hitl.Emulator.Metadata;

/// <summary>Everything the emulator knows about the deployed solution. Immutable; shared by clones.</summary>
public sealed class EmulatorMetadata
{
    private readonly Dictionary<string, TableMetadata> _tables;
    private readonly Dictionary<string, RelationshipMetadata> _relationships;
    private readonly Dictionary<string, CustomApiDefinition> _customApis;
    private readonly Dictionary<string, EnvironmentVariableDefinition> _environmentVariables;

    public EmulatorMetadata(
        IEnumerable<TableMetadata> tables,
        IEnumerable<RelationshipMetadata> relationships,
        IEnumerable<StepRegistration> steps,
        IEnumerable<CustomApiDefinition> customApis,
        IEnumerable<EnvironmentVariableDefinition> environmentVariables,
        IEnumerable<RoleDefinition> roles)
    {
        _tables = tables.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        _relationships = relationships.ToDictionary(r => r.SchemaName, StringComparer.OrdinalIgnoreCase);
        Steps = steps.ToList();
        _customApis = customApis.ToDictionary(a => a.UniqueName, StringComparer.Ordinal);
        _environmentVariables = environmentVariables.ToDictionary(e => e.SchemaName, StringComparer.OrdinalIgnoreCase);
        Roles = roles.ToList();
    }

    public IReadOnlyCollection<TableMetadata> Tables => _tables.Values;
    public IReadOnlyCollection<RelationshipMetadata> Relationships => _relationships.Values;
    public IReadOnlyList<StepRegistration> Steps { get; }
    public IReadOnlyCollection<CustomApiDefinition> CustomApis => _customApis.Values;
    public IReadOnlyCollection<EnvironmentVariableDefinition> EnvironmentVariables => _environmentVariables.Values;
    public IReadOnlyList<RoleDefinition> Roles { get; }

    public TableMetadata? Table(string logicalName) =>
        logicalName is not null && _tables.TryGetValue(logicalName, out var t) ? t : null;

    public RelationshipMetadata? Relationship(string schemaName) =>
        _relationships.TryGetValue(schemaName, out var r) ? r : null;

    public CustomApiDefinition? CustomApi(string uniqueName) =>
        _customApis.TryGetValue(uniqueName, out var a) ? a : null;

    public EnvironmentVariableDefinition? EnvironmentVariable(string schemaName) =>
        _environmentVariables.TryGetValue(schemaName, out var e) ? e : null;

    public RoleDefinition? Role(string name) =>
        Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
