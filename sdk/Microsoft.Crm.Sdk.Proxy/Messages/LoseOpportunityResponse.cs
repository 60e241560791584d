using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class LoseOpportunityResponse : OrganizationResponse
{
    public LoseOpportunityResponse()
    {
        ResponseName = "LoseOpportunity";
    }
}
