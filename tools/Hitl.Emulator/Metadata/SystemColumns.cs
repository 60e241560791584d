namespace Hitl.Emulator.Metadata;

/// <summary>Columns the platform maintains on every row; callers may not set most of them.</summary>
internal static class SystemColumns
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    public const string CreatedOnBehalfBy = "createdonbehalfby";
    public const string ModifiedOnBehalfBy = "modifiedonbehalfby";
    public const string OwnerId = "ownerid";
    public const string OwningUser = "owninguser";
    public const string OwningTeam = "owningteam";
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string VersionNumber = "versionnumber";
    public const string OverriddenCreatedOn = "overriddencreatedon";

    /// <summary>Set only by the platform: values a caller sends for these are ignored, as Dataverse does.</summary>
    public static readonly IReadOnlySet<string> PlatformManaged = new HashSet<string>(StringComparer.Ordinal)
    {
        CreatedOn, ModifiedOn, CreatedBy, ModifiedBy, CreatedOnBehalfBy, ModifiedOnBehalfBy,
        OwningUser, OwningTeam, OwningBusinessUnit, VersionNumber,
    };
}
