using Hitl.Solution;

namespace Hitl.Emulator.Metadata;

/// <summary>One table (custom, or a system table the product touches).</summary>
public sealed record TableMetadata(string LogicalName, string PrimaryIdAttribute)
{
    public string SchemaName { get; init; } = "";
    /// <summary>The table's part of its privilege names; defaults to the schema name.</summary>
    public string PrivilegeName { get; init; } = "";
    public string? PrimaryNameAttribute { get; init; }
    public OwnershipType Ownership { get; init; } = OwnershipType.UserOwned;
    public IReadOnlyDictionary<string, ColumnMetadata> Columns { get; init; } =
        new Dictionary<string, ColumnMetadata>(StringComparer.Ordinal);
    /// <summary>Alternate keys by name → their columns (Upsert and KeyAttributes).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AlternateKeys { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
    public bool IsIntersect { get; init; }

    public ColumnMetadata? Column(string name) => Columns.TryGetValue(name, out var c) ? c : null;
    public bool HasStateCode => Columns.ContainsKey("statecode");
}
