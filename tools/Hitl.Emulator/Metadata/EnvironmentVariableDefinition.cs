using Hitl.Core.Configuration;

namespace Hitl.Emulator.Metadata;

public sealed record EnvironmentVariableDefinition(string SchemaName)
{
    public string DisplayName { get; init; } = "";
    public SettingType Type { get; init; } = SettingType.String;
    public string? DefaultValue { get; init; }
    public bool IsRequired { get; init; }
    public string? Description { get; init; }
    /// <summary>Current value shipped in the solution (environmentvariablevalues.json), if any.</summary>
    public string? Value { get; init; }
}
