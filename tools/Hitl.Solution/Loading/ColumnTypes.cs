namespace Hitl.Solution.Loading;

/// <summary>XML type names (Entity.xml &lt;Type&gt;, RequiredLevel) to the model's enums.</summary>
internal static class ColumnTypes
{
    private static readonly Dictionary<string, ColumnType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nvarchar"] = ColumnType.String,
        ["ntext"] = ColumnType.Memo,
        ["int"] = ColumnType.Integer,
        ["bigint"] = ColumnType.BigInt,
        ["decimal"] = ColumnType.Decimal,
        ["float"] = ColumnType.Double,
        ["money"] = ColumnType.Money,
        ["picklist"] = ColumnType.Picklist,
        ["multiselectpicklist"] = ColumnType.MultiSelectPicklist,
        ["bit"] = ColumnType.Boolean,
        ["datetime"] = ColumnType.DateTime,
        ["lookup"] = ColumnType.Lookup,
        ["owner"] = ColumnType.Owner,
        ["customer"] = ColumnType.Customer,
        ["partylist"] = ColumnType.PartyList,
        ["state"] = ColumnType.State,
        ["status"] = ColumnType.Status,
        ["primarykey"] = ColumnType.PrimaryKey,
        ["uniqueidentifier"] = ColumnType.Uniqueidentifier,
        ["image"] = ColumnType.Image,
        ["file"] = ColumnType.File,
        ["virtual"] = ColumnType.Virtual,
        ["entityname"] = ColumnType.EntityName,
    };

    public static ColumnType Parse(string xmlType, string file, string column) =>
        Types.TryGetValue(xmlType, out var type)
            ? type
            : throw new SolutionLoadException(file, $"column '{column}' has unknown <Type> '{xmlType}' (expected one of: {string.Join(", ", Types.Keys)}).");

    public static RequiredLevel ParseRequiredLevel(string? value, string file, string column) =>
        (value ?? "none").ToLowerInvariant() switch
        {
            "none" => RequiredLevel.None,
            "recommended" => RequiredLevel.Recommended,
            "required" or "applicationrequired" => RequiredLevel.ApplicationRequired,
            "systemrequired" => RequiredLevel.SystemRequired,
            _ => throw new SolutionLoadException(file, $"column '{column}' has unknown <RequiredLevel> '{value}'."),
        };

    public static OwnershipType ParseOwnership(string value, string file) =>
        value switch
        {
            "UserOwned" => OwnershipType.UserOwned,
            "OrgOwned" or "OrganizationOwned" => OwnershipType.OrganizationOwned,
            "BusinessOwned" => OwnershipType.BusinessOwned,
            "None" => OwnershipType.None,
            _ => throw new SolutionLoadException(file, $"<OwnershipTypeMask> '{value}' is not UserOwned, OrgOwned, BusinessOwned or None."),
        };

    public static DateTimeBehavior? ParseBehavior(int? value, string file, string column) =>
        value switch
        {
            null => null,
            1 or 2 or 3 => (DateTimeBehavior)value.Value,
            _ => throw new SolutionLoadException(file, $"column '{column}' has <Behavior> {value}; expected 1 UserLocal, 2 DateOnly or 3 TimeZoneIndependent."),
        };
}
