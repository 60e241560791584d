namespace Hitl.Solution;

/// <summary>environmentvariabledefinitions/&lt;schema&gt;/environmentvariabledefinition.xml (+ environmentvariablevalues.json).</summary>
public sealed record EnvironmentVariableDefinition
{
    public required string SchemaName { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    public required EnvironmentVariableType Type { get; init; }
    public string? DefaultValue { get; init; }

    /// <summary>The value row shipped in environmentvariablevalues.json, when the solution carries one.</summary>
    public string? CurrentValue { get; init; }
    public bool IsRequired { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>What Dataverse hands out: the value row when present, else the default.</summary>
    public string? EffectiveValue => CurrentValue ?? DefaultValue;
}

/// <summary>The type element of a definition.</summary>
public enum EnvironmentVariableType
{
    String = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
    DataSource = 100000004,
    Secret = 100000005,
}
