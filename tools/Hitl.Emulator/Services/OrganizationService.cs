using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Services;

/// <summary>IOrganizationService over the emulator: every method is an OrganizationRequest through the pipeline.</summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly EmulatorRuntime _runtime;
    private readonly CallContext _caller;

    public OrganizationService(EmulatorRuntime runtime, CallContext caller)
    {
        _runtime = runtime;
        _caller = caller;
    }

    public Guid Create(Entity entity) =>
        ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _caller.Scope?.EnsureUsable();
        _caller.Observer?.CountServiceCall();
        return _runtime.Execute(request, _caller);
    }
}
