using Hitl.Dataverse.CustomApis;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>CLR types of custom API parameter/response type codes (Float is double).</summary>
internal static class CustomApiTypes
{
    public static bool IsOfType(object value, CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => value is bool,
        CustomApiFieldType.DateTime => value is DateTime,
        CustomApiFieldType.Decimal => value is decimal,
        CustomApiFieldType.Entity => value is Entity,
        CustomApiFieldType.EntityCollection => value is EntityCollection,
        CustomApiFieldType.EntityReference => value is EntityReference,
        CustomApiFieldType.Float => value is double,
        CustomApiFieldType.Integer => value is int,
        CustomApiFieldType.Money => value is Money,
        CustomApiFieldType.Picklist => value is OptionSetValue,
        CustomApiFieldType.String => value is string,
        CustomApiFieldType.StringArray => value is string[],
        CustomApiFieldType.Guid => value is Guid,
        _ => false,
    };

    public static string ClrName(CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => "System.Boolean",
        CustomApiFieldType.DateTime => "System.DateTime",
        CustomApiFieldType.Decimal => "System.Decimal",
        CustomApiFieldType.Float => "System.Double",
        CustomApiFieldType.Integer => "System.Int32",
        CustomApiFieldType.String => "System.String",
        CustomApiFieldType.StringArray => "System.String[]",
        CustomApiFieldType.Guid => "System.Guid",
        CustomApiFieldType.Picklist => "Microsoft.Xrm.Sdk.OptionSetValue",
        _ => "Microsoft.Xrm.Sdk." + type,
    };

    public static object? DefaultOf(CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => false,
        CustomApiFieldType.DateTime => default(DateTime),
        CustomApiFieldType.Decimal => 0m,
        CustomApiFieldType.Float => 0d,
        CustomApiFieldType.Integer => 0,
        CustomApiFieldType.Guid => Guid.Empty,
        _ => null,
    };
}
