namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
        ResponseName = "Delete";
    }
}
