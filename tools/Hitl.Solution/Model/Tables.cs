namespace Hitl.Solution;

/// <summary>
/// A table as the solution sees it: a custom table from Entities/, a system table from the embedded
/// SystemTables.xml, or a system table merged with the columns a solution adds to it (behavior 2).
/// </summary>
public sealed record TableDefinition
{
    public required string LogicalName { get; init; }
    public required string SchemaName { get; init; }

    /// <summary>The table's part of its privilege names (prvRead&lt;this&gt;): the schema name, except for a few platform tables (systemuser: User).</summary>
    public required string PrivilegeName { get; init; }
    public required string DisplayName { get; init; }
    public required string DisplayCollectionName { get; init; }
    public required string EntitySetName { get; init; }
    public required OwnershipType Ownership { get; init; }
    public required string PrimaryIdAttribute { get; init; }

    /// <summary>The nvarchar column whose DisplayMask holds PrimaryName; null for intersect tables.</summary>
    public string? PrimaryNameAttribute { get; init; }

    /// <summary>Created by a publisher (not part of the platform).</summary>
    public required bool IsCustom { get; init; }
    public required bool IsActivity { get; init; }

    /// <summary>An N:N intersect table (teammembership, systemuserroles ...).</summary>
    public bool IsIntersect { get; init; }

    /// <summary>Columns by logical name (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, ColumnDefinition> Columns { get; init; }

    /// <summary>SDK messages a step may be registered on for this table (case-insensitive).</summary>
    public required IReadOnlySet<string> SupportedMessages { get; init; }

    /// <summary>Entity.xml that defines or extends the table (relative path), null for an untouched system table.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Returns the column or throws <see cref="KeyNotFoundException"/> naming the table.</summary>
    public ColumnDefinition Column(string logicalName) =>
        Columns.TryGetValue(logicalName, out var column)
            ? column
            : throw new KeyNotFoundException($"Table '{LogicalName}' has no column '{logicalName}'.");

    public bool HasColumn(string logicalName) => Columns.ContainsKey(logicalName);

    public bool SupportsMessage(string message) => SupportedMessages.Contains(message);

    /// <summary>The statecode column's states (empty when the table has none).</summary>
    public IReadOnlyList<StateOption> States =>
        Columns.Values.FirstOrDefault(c => c.Type == ColumnType.State)?.States ?? Array.Empty<StateOption>();

    /// <summary>The statuscode column's statuses (empty when the table has none).</summary>
    public IReadOnlyList<StatusOption> Statuses =>
        Columns.Values.FirstOrDefault(c => c.Type == ColumnType.Status)?.Statuses ?? Array.Empty<StatusOption>();
}

/// <summary>OwnershipTypeMask. BusinessOwned covers systemuser, team, role and businessunit.</summary>
public enum OwnershipType
{
    None = 0,
    UserOwned = 1,
    OrganizationOwned = 2,
    BusinessOwned = 3,
}

/// <summary>A column (attribute). Type-specific members are null when they do not apply.</summary>
public sealed record ColumnDefinition
{
    public required string LogicalName { get; init; }
    public required string SchemaName { get; init; }
    public required ColumnType Type { get; init; }
    public string DisplayName { get; init; } = "";
    public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;
    public bool IsCustom { get; init; }

    /// <summary>Added by the loader because a custom table's Entity.xml omitted a column every export carries.</summary>
    public bool IsImplicit { get; init; }

    /// <summary>Format element: text/email/url/phone/textarea for strings, date/datetime for dates.</summary>
    public string? Format { get; init; }
    public int? MaxLength { get; init; }
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }

    /// <summary>Accuracy (decimal places) of decimal, float and money columns.</summary>
    public int? Precision { get; init; }

    /// <summary>Choices of picklist, multiselectpicklist, bit, state and status columns; global sets resolved from OptionSets/.</summary>
    public OptionSetDefinition? OptionSet { get; init; }

    /// <summary>AppDefaultValue of choice and yes/no columns; null when -1 (no default) or absent.</summary>
    public int? DefaultValue { get; init; }

    /// <summary>Tables a lookup/owner/customer/partylist column can point to (from relationships, or owner → systemuser/team).</summary>
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    public DateTimeBehavior? DateTimeBehavior { get; init; }

    /// <summary>States of a statecode column.</summary>
    public IReadOnlyList<StateOption> States { get; init; } = Array.Empty<StateOption>();

    /// <summary>Statuses of a statuscode column.</summary>
    public IReadOnlyList<StatusOption> Statuses { get; init; } = Array.Empty<StatusOption>();

    public bool IsLookupLike => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.PartyList;
}

/// <summary>
/// Column types. The XML &lt;Type&gt; value each comes from: nvarchar String, ntext Memo, int Integer, bigint BigInt,
/// decimal Decimal, float Double, money Money, picklist Picklist, multiselectpicklist MultiSelectPicklist, bit Boolean,
/// datetime DateTime, lookup Lookup, owner Owner, customer Customer, partylist PartyList, state State, status Status,
/// primarykey PrimaryKey, uniqueidentifier Uniqueidentifier, image Image, file File, virtual Virtual, entityname EntityName.
/// </summary>
public enum ColumnType
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Picklist,
    MultiSelectPicklist,
    Boolean,
    DateTime,
    Lookup,
    Owner,
    Customer,
    PartyList,
    State,
    Status,
    PrimaryKey,
    Uniqueidentifier,
    Image,
    File,
    Virtual,
    EntityName,
}

/// <summary>RequiredLevel element values.</summary>
public enum RequiredLevel
{
    None,
    Recommended,
    ApplicationRequired,
    SystemRequired,
}

/// <summary>datetime Behavior: 1 UserLocal, 2 DateOnly, 3 TimeZoneIndependent.</summary>
public enum DateTimeBehavior
{
    UserLocal = 1,
    DateOnly = 2,
    TimeZoneIndependent = 3,
}

/// <summary>A statecode value with its default statuscode and invariant name (Active, Inactive, Open, Won ...).</summary>
public sealed record StateOption(int Value, int DefaultStatus, string InvariantName, string Label);

/// <summary>A statuscode value and the statecode it belongs to.</summary>
public sealed record StatusOption(int Value, int State, string Label);
