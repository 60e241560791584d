using Hitl.Dataverse.CustomApis;

namespace Hitl.Solution;

/// <summary>customapis/&lt;uniquename&gt;/customapi.xml with its request parameters and response properties.</summary>
public sealed record CustomApiDefinition
{
    /// <summary>The message name callers and plug-ins see.</summary>
    public required string UniqueName { get; init; }
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    public CustomApiBindingType BindingType { get; init; }
    public string? BoundEntityLogicalName { get; init; }
    public bool IsFunction { get; init; }
    public bool IsPrivate { get; init; }
    public CustomApiProcessingStepType AllowedCustomProcessingStepType { get; init; }

    /// <summary>Privilege the caller must hold, or null.</summary>
    public string? ExecutePrivilegeName { get; init; }

    /// <summary>The classic binding (customapi.xml &lt;plugintypeid&gt; to a PluginAssemblies type), or null.</summary>
    public Guid? PluginTypeId { get; init; }

    /// <summary>
    /// "Namespace.Type, Assembly" of the main-operation plug-in, from <see cref="PluginTypeId"/> or from the plug-in
    /// registrations (a package type); null when the API has none (outputs keep their defaults).
    /// </summary>
    public string? PluginTypeName { get; init; }
    public bool WorkflowSdkStepEnabled { get; init; }
    public required IReadOnlyList<CustomApiRequestParameter> RequestParameters { get; init; }
    public required IReadOnlyList<CustomApiResponseProperty> ResponseProperties { get; init; }
    public required string SourceFile { get; init; }

    public CustomApiRequestParameter? FindRequestParameter(string uniqueName) =>
        RequestParameters.FirstOrDefault(p => string.Equals(p.UniqueName, uniqueName, StringComparison.Ordinal));

    public CustomApiResponseProperty? FindResponseProperty(string uniqueName) =>
        ResponseProperties.FirstOrDefault(p => string.Equals(p.UniqueName, uniqueName, StringComparison.Ordinal));
}

public sealed record CustomApiRequestParameter(
    string UniqueName,
    string Name,
    string DisplayName,
    string Description,
    CustomApiFieldType Type,
    bool IsOptional,
    string? LogicalEntityName);

/// <summary>A response property: same as a parameter but never optional (isoptional fails import).</summary>
public sealed record CustomApiResponseProperty(
    string UniqueName,
    string Name,
    string DisplayName,
    string Description,
    CustomApiFieldType Type,
    string? LogicalEntityName);

public enum CustomApiBindingType
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}

/// <summary>allowedcustomprocessingsteptype: which extra steps other publishers may register.</summary>
public enum CustomApiProcessingStepType
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}
