namespace Hitl.Emulator.Queries;

/// <summary>
/// The column types the query engine distinguishes. The runtime maps its attribute metadata onto these;
/// the kind decides how condition values given as text (FetchXML) or raw CLR values are converted.
/// </summary>
public enum ColumnKind
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Boolean,
    DateTime,
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    Lookup,
    Owner,
    Customer,
    UniqueIdentifier,
    PrimaryKey,
    EntityName,
    Other,
}
