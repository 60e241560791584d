namespace Microsoft.Xrm.Sdk.Messages;

public sealed class AssociateRequest : OrganizationRequest
{
    public AssociateRequest()
    {
        RequestName = "Associate";
    }

    public EntityReference Target
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => ParameterAccess.Get<Relationship>(Parameters, "Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => ParameterAccess.Get<EntityReferenceCollection>(Parameters, "RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
