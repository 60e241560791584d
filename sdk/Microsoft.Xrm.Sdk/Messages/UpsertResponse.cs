namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
        ResponseName = "Upsert";
    }

    public bool RecordCreated => ParameterAccess.Get<bool>(Results, "RecordCreated");

    public EntityReference Target => ParameterAccess.Get<EntityReference>(Results, "Target");
}
