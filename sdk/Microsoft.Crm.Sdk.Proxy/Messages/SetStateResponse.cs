using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class SetStateResponse : OrganizationResponse
{
    public SetStateResponse()
    {
        ResponseName = "SetState";
    }
}
