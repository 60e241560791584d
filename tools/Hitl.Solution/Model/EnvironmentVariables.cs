using Hitl.Core.Configuration;

namespace Hitl.Solution;

/// <summary>environmentvariabledefinitions/&lt;schema&gt;/environmentvariabledefinition.xml (+ environmentvariablevalues.json).</summary>
public sealed record EnvironmentVariableDefinition
{
    public required string SchemaName { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    public required SettingType Type { get; init; }
    public string? DefaultValue { get; init; }

    /// <summary>The value row shipped in environmentvariablevalues.json, when the solution carries one.</summary>
    public string? CurrentValue { get; init; }
    public bool IsRequired { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>What Dataverse hands out: the value row when present, else the default.</summary>
    public string? EffectiveValue => CurrentValue ?? DefaultValue;
}
