using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AssignResponse : OrganizationResponse
{
    public AssignResponse()
    {
        ResponseName = "Assign";
    }
}
