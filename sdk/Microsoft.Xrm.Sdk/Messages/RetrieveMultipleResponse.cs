namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
        ResponseName = "RetrieveMultiple";
    }

    public EntityCollection EntityCollection => ParameterAccess.Get<EntityCollection>(Results, "EntityCollection");
}
