using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class WinOpportunityResponse : OrganizationResponse
{
    public WinOpportunityResponse()
    {
        ResponseName = "WinOpportunity";
    }
}
