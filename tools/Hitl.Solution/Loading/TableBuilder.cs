namespace Hitl.Solution.Loading;

/// <summary>Mutable table while the loader merges system metadata, Entity.xml files, standard columns and relationships.</summary>
internal sealed class TableBuilder
{
    public required string LogicalName { get; init; }
    public required string SchemaName { get; set; }
    public required string DisplayName { get; set; }
    public required string DisplayCollectionName { get; set; }
    public required string EntitySetName { get; set; }
    public required OwnershipType Ownership { get; set; }
    public required string PrimaryIdAttribute { get; set; }
    public string? PrimaryNameAttribute { get; set; }
    public string? PrivilegeName { get; set; }
    public required bool IsCustom { get; init; }
    public bool IsActivity { get; set; }
    public bool IsIntersect { get; set; }

    /// <summary>False for the few platform tables without created/modified columns (activityparty): only versionnumber is added.</summary>
    public bool HasAuditColumns { get; set; } = true;
    public HashSet<string> Messages { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ColumnDefinition> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string? SourceFile { get; set; }

    public void AddColumn(ColumnDefinition column) => Columns[column.LogicalName] = column;

    public void AddTargets(string column, IEnumerable<string> targets)
    {
        var existing = Columns[column];
        Columns[column] = existing with { Targets = existing.Targets.Concat(targets).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() };
    }

    public TableDefinition Build() => new()
    {
        LogicalName = LogicalName,
        SchemaName = SchemaName,
        DisplayName = DisplayName,
        DisplayCollectionName = DisplayCollectionName,
        EntitySetName = EntitySetName,
        Ownership = Ownership,
        PrimaryIdAttribute = PrimaryIdAttribute,
        PrimaryNameAttribute = PrimaryNameAttribute,
        PrivilegeName = PrivilegeName ?? SchemaName,
        IsCustom = IsCustom,
        IsActivity = IsActivity,
        IsIntersect = IsIntersect,
        Columns = new Dictionary<string, ColumnDefinition>(Columns, StringComparer.OrdinalIgnoreCase),
        SupportedMessages = new HashSet<string>(Messages, StringComparer.OrdinalIgnoreCase),
        SourceFile = SourceFile,
    };
}
