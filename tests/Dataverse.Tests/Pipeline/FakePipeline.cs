using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Tests.Pipeline;

/// <summary>
/// The smallest service provider that can run a plug-in outside the emulator: enough to test the base
/// class's execute sequence in isolation. Behaviour against Dataverse is tested through the emulator.
/// </summary>
internal sealed class FakePipeline : IServiceProvider, ITracingService, IOrganizationServiceFactory
{
    public FakePipeline(string message = "Create", string entity = "lead", int stage = 20)
    {
        Context = new FakeExecutionContext { MessageName = message, PrimaryEntityName = entity, Stage = stage };
    }

    public FakeExecutionContext Context { get; }

    public List<string> Traces { get; } = new();

    public List<Guid?> ServicesCreatedFor { get; } = new();

    public IOrganizationService Service { get; set; } = new ThrowingService();

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext)) return Context;
        if (serviceType == typeof(ITracingService)) return this;
        if (serviceType == typeof(IOrganizationServiceFactory)) return this;
        return null;
    }

    public void Trace(string format, params object[] args) => Traces.Add(args.Length == 0 ? format : string.Format(format, args));

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        ServicesCreatedFor.Add(userId);
        return Service;
    }

    internal sealed class ThrowingService : IOrganizationService
    {
        public Guid Create(Entity entity) => throw new InvalidOperationException("not expected");
        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new InvalidOperationException("not expected");
        public void Update(Entity entity) => throw new InvalidOperationException("not expected");
        public void Delete(string entityName, Guid id) => throw new InvalidOperationException("not expected");
        public OrganizationResponse Execute(OrganizationRequest request) => throw new InvalidOperationException("not expected");
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("not expected");
        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("not expected");
        public EntityCollection RetrieveMultiple(QueryBase query) => throw new InvalidOperationException("not expected");
    }
}

internal sealed class FakeExecutionContext : IPluginExecutionContext
{
    public int Stage { get; set; }
    public IPluginExecutionContext ParentContext { get; set; } = null!;
    public int Mode { get; set; }
    public int IsolationMode { get; set; } = 2;
    public int Depth { get; set; } = 1;
    public string MessageName { get; set; } = "Create";
    public string PrimaryEntityName { get; set; } = "lead";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection InputParameters { get; } = new();
    public ParameterCollection OutputParameters { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public Guid UserId { get; set; } = Guid.NewGuid();
    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();
    public Guid BusinessUnitId { get; set; }
    public Guid OrganizationId { get; set; } = Guid.NewGuid();
    public string OrganizationName { get; set; } = "test";
    public Guid PrimaryEntityId { get; set; } = Guid.NewGuid();
    public EntityImageCollection PreEntityImages { get; } = new();
    public EntityImageCollection PostEntityImages { get; } = new();
    public EntityReference OwningExtension { get; set; } = null!;
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
    public bool IsExecutingOffline { get; set; }
    public bool IsOfflinePlayback { get; set; }
    public bool IsInTransaction { get; set; } = true;
    public Guid OperationId { get; set; }
    public DateTime OperationCreatedOn { get; set; }
}
