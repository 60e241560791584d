namespace Hitl.Solution;

/// <summary>A choice list: global (OptionSets/*.xml, system metadata) or local to one column.</summary>
public sealed record OptionSetDefinition(
    string Name,
    string DisplayName,
    OptionSetType Type,
    bool IsGlobal,
    IReadOnlyList<OptionValue> Options)
{
    /// <summary>Option values in file order.</summary>
    public IEnumerable<int> Values => Options.Select(o => o.Value);

    public bool Contains(int value) => Options.Any(o => o.Value == value);

    /// <summary>Label of <paramref name="value"/>, or throws naming the option set.</summary>
    public string LabelOf(int value) =>
        Options.FirstOrDefault(o => o.Value == value)?.Label
        ?? throw new KeyNotFoundException($"Option set '{Name}' has no value {value}.");

    /// <summary>Value whose label is <paramref name="label"/> (case-insensitive), or throws naming the option set.</summary>
    public int ValueOf(string label) =>
        Options.FirstOrDefault(o => string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase))?.Value
        ?? throw new KeyNotFoundException($"Option set '{Name}' has no option labelled '{label}'.");
}

public sealed record OptionValue(int Value, string Label);

/// <summary>OptionSetType element.</summary>
public enum OptionSetType
{
    Picklist,
    Boolean,
    State,
    Status,
}
