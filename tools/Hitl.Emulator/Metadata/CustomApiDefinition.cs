namespace Hitl.Emulator.Metadata;

/// <summary>Custom API parameter/response type codes (customapirequestparameter.type).</summary>
public enum CustomApiFieldType
{
    Boolean = 0, DateTime = 1, Decimal = 2, Entity = 3, EntityCollection = 4, EntityReference = 5,
    Float = 6, Integer = 7, Money = 8, Picklist = 9, String = 10, StringArray = 11, Guid = 12,
}

public sealed record CustomApiField(string UniqueName, CustomApiFieldType Type, bool IsOptional, string? LogicalEntityName = null);

public sealed record CustomApiDefinition(string UniqueName)
{
    /// <summary>0 Global, 1 Entity, 2 EntityCollection.</summary>
    public int BindingType { get; init; }
    public string? BoundEntityLogicalName { get; init; }
    public bool IsFunction { get; init; }
    public bool IsPrivate { get; init; }
    /// <summary>0 None, 1 Async only, 2 Sync and async.</summary>
    public int AllowedCustomProcessingStepType { get; init; }
    public string? ExecutePrivilegeName { get; init; }
    /// <summary>Assembly-qualified main-operation plug-in type; null = no plug-in (outputs keep type defaults).</summary>
    public string? PluginTypeName { get; init; }
    public IReadOnlyList<CustomApiField> RequestParameters { get; init; } = [];
    public IReadOnlyList<CustomApiField> ResponseProperties { get; init; } = [];
}
