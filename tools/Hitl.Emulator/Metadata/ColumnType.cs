namespace Hitl.Emulator.Metadata;

/// <summary>Dataverse attribute types the emulator validates and formats.</summary>
public enum ColumnType
{
    PrimaryKey,
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
    EntityName,
    Virtual,
}

public enum RequiredLevel { None, Recommended, ApplicationRequired, SystemRequired }

public enum OwnershipType { UserOwned, OrganizationOwned, None }
