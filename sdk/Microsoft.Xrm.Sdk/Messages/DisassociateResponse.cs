namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DisassociateResponse : OrganizationResponse
{
    public DisassociateResponse()
    {
        ResponseName = "Disassociate";
    }
}
