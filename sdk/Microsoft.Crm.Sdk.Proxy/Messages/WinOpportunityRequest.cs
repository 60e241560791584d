using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets an opportunity to Won; plug-ins see the message as "Win".</summary>
public sealed class WinOpportunityRequest : OrganizationRequest
{
    public WinOpportunityRequest()
    {
        RequestName = "WinOpportunity";
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
