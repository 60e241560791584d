namespace Hitl.Dataverse.CustomApis;

/// <summary>Names the custom API (customapi.uniquename) a <see cref="CustomApiPlugin"/> implements.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    public CustomApiAttribute(string uniqueName)
    {
        UniqueName = uniqueName;
    }

    public string UniqueName { get; }
}

/// <summary>A request parameter the handler reads; must match the solution's definition.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiRequestParameterAttribute : Attribute
{
    public CustomApiRequestParameterAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    public bool IsOptional { get; set; }
}

/// <summary>A response property the handler writes; must match the solution's definition.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponsePropertyAttribute : Attribute
{
    public CustomApiResponsePropertyAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }
}
