using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// The execution context a plug-in sees. Steps of one pipeline share the parameter collections
/// (so PreValidation/PreOperation changes to Target reach later steps and the main operation).
/// </summary>
internal sealed class PluginContext : IPluginExecutionContext4
{
    public required int Mode { get; init; }
    public int IsolationMode => 2;
    public required int Depth { get; init; }
    public required string MessageName { get; init; }
    public required string PrimaryEntityName { get; init; }
    public Guid? RequestId { get; init; }
    public string SecondaryEntityName { get; init; } = "none";
    public required ParameterCollection InputParameters { get; init; }
    public required ParameterCollection OutputParameters { get; init; }
    public required ParameterCollection SharedVariables { get; init; }
    public required Guid UserId { get; init; }
    public required Guid InitiatingUserId { get; init; }
    public required Guid BusinessUnitId { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string OrganizationName { get; init; }
    public Guid PrimaryEntityId { get; set; }
    public EntityImageCollection PreEntityImages { get; init; } = new();
    public EntityImageCollection PostEntityImages { get; init; } = new();
    public EntityReference OwningExtension { get; init; } = null!;
    public required Guid CorrelationId { get; init; }
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public required bool IsInTransaction { get; init; }
    public Guid OperationId { get; init; }
    public DateTime OperationCreatedOn { get; init; }
    public required int Stage { get; init; }
    public IPluginExecutionContext ParentContext { get; init; } = null!;

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserApplicationId => Guid.Empty;
    public Guid PortalsContactId => Guid.Empty;
    public bool IsPortalsClientCall => false;
    public Guid AuthenticatedUserId => InitiatingUserId;
    public EntityImageCollection[] PreEntityImagesCollection => [PreEntityImages];
    public EntityImageCollection[] PostEntityImagesCollection => [PostEntityImages];
}
