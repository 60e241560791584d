using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets an opportunity to Lost; plug-ins see the message as "Lose".</summary>
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
    }

    public Entity OpportunityClose
    {
        get => ParameterAccess.Get<Entity>(Parameters, "OpportunityClose");
        set => Parameters["OpportunityClose"] = value;
    }

    public OptionSetValue Status
    {
        get => ParameterAccess.Get<OptionSetValue>(Parameters, "Status");
        set => Parameters["Status"] = value;
    }
}
