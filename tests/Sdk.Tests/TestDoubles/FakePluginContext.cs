using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests.TestDoubles;

/// <summary>Settable IPluginExecutionContext for extension-method tests.</summary>
public sealed class FakePluginContext : IPluginExecutionContext
{
    public int Stage { get; set; }
    public IPluginExecutionContext ParentContext { get; set; } = null!;
    public int Mode { get; set; }
    public int IsolationMode { get; set; }
    public int Depth { get; set; }
    public string MessageName { get; set; } = "Create";
    public string PrimaryEntityName { get; set; } = "account";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection InputParameters { get; } = new ParameterCollection();
    public ParameterCollection OutputParameters { get; } = new ParameterCollection();
    public ParameterCollection SharedVariables { get; } = new ParameterCollection();
    public Guid UserId { get; set; }
    public Guid InitiatingUserId { get; set; }
    public Guid BusinessUnitId { get; set; }
    public Guid OrganizationId { get; set; }
    public string OrganizationName { get; set; } = "org";
    public Guid PrimaryEntityId { get; set; }
    public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();
    public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();
    public EntityReference OwningExtension { get; set; } = null!;
    public Guid CorrelationId { get; set; }
    public bool IsExecutingOffline { get; set; }
    public bool IsOfflinePlayback { get; set; }
    public bool IsInTransaction { get; set; }
    public Guid OperationId { get; set; }
    public DateTime OperationCreatedOn { get; set; }
}
