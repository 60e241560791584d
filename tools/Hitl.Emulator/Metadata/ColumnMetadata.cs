using Hitl.Solution;

namespace Hitl.Emulator.Metadata;

public sealed record OptionMetadata(int Value, string Label, int? State = null, bool IsDefaultForState = false);

/// <summary>One column: what a write must respect and what a read formats.</summary>
public sealed record ColumnMetadata(string LogicalName, ColumnType Type)
{
    public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;
    public int? MaxLength { get; init; }
    /// <summary>Range of integer, bigint, decimal, double and money columns (MinValue/MaxValue of the metadata).</summary>
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }
    /// <summary>Decimal places of decimal, double and money columns.</summary>
    public int? Precision { get; init; }
    public IReadOnlyList<OptionMetadata> Options { get; init; } = [];
    /// <summary>Tables a lookup may point to (from the relationships).</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];
    public bool ValidForCreate { get; init; } = true;
    public bool ValidForUpdate { get; init; } = true;

    public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;
    public bool IsChoice => Type is ColumnType.Picklist or ColumnType.State or ColumnType.Status;
}
