namespace Hitl.Emulator.Metadata;

public sealed record EnvironmentVariableDefinition(string SchemaName)
{
    public string DisplayName { get; init; } = "";
    /// <summary>100000000 String … 100000005 Secret.</summary>
    public int Type { get; init; } = 100000000;
    public string? DefaultValue { get; init; }
    public bool IsRequired { get; init; }
    public string? Description { get; init; }
    /// <summary>Current value shipped in the solution (environmentvariablevalues.json), if any.</summary>
    public string? Value { get; init; }
}
