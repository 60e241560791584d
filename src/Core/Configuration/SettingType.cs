namespace Hitl.Core.Configuration;

/// <summary>The Dataverse environment variable types the product uses (environmentvariabledefinition.type).</summary>
public enum SettingType
{
    String = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
}
