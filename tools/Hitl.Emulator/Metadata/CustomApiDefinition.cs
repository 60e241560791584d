using Hitl.Dataverse.CustomApis;
using Hitl.Solution;

namespace Hitl.Emulator.Metadata;

public sealed record CustomApiField(string UniqueName, CustomApiFieldType Type, bool IsOptional, string? LogicalEntityName = null);

public sealed record CustomApiDefinition(string UniqueName)
{
    public CustomApiBindingType BindingType { get; init; }
    public string? BoundEntityLogicalName { get; init; }
    public bool IsFunction { get; init; }
    public bool IsPrivate { get; init; }
    public CustomApiProcessingStepType AllowedCustomProcessingStepType { get; init; }
    public string? ExecutePrivilegeName { get; init; }
    /// <summary>Assembly-qualified main-operation plug-in type; null = no plug-in (outputs keep type defaults).</summary>
    public string? PluginTypeName { get; init; }
    public IReadOnlyList<CustomApiField> RequestParameters { get; init; } = [];
    public IReadOnlyList<CustomApiField> ResponseProperties { get; init; } = [];

    /// <summary>Bound to one table: the request carries the row as its Target parameter.</summary>
    public bool IsEntityBound => BindingType == CustomApiBindingType.Entity;
}
