using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Qualifies a lead and creates the account, contact and opportunity asked for.</summary>
public sealed class QualifyLeadRequest : OrganizationRequest
{
    public QualifyLeadRequest()
    {
        RequestName = "QualifyLead";
    }

    public EntityReference LeadId
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "LeadId");
        set => Parameters["LeadId"] = value;
    }

    public bool CreateAccount
    {
        get => ParameterAccess.Get<bool>(Parameters, "CreateAccount");
        set => Parameters["CreateAccount"] = value;
    }

    public bool CreateContact
    {
        get => ParameterAccess.Get<bool>(Parameters, "CreateContact");
        set => Parameters["CreateContact"] = value;
    }

    public bool CreateOpportunity
    {
        get => ParameterAccess.Get<bool>(Parameters, "CreateOpportunity");
        set => Parameters["CreateOpportunity"] = value;
    }

    public EntityReference OpportunityCurrencyId
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "OpportunityCurrencyId");
        set => Parameters["OpportunityCurrencyId"] = value;
    }

    public EntityReference OpportunityCustomerId
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "OpportunityCustomerId");
        set => Parameters["OpportunityCustomerId"] = value;
    }

    public EntityReference SourceCampaignId
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "SourceCampaignId");
        set => Parameters["SourceCampaignId"] = value;
    }

    public OptionSetValue Status
    {
        get => ParameterAccess.Get<OptionSetValue>(Parameters, "Status");
        set => Parameters["Status"] = value;
    }

    public EntityReference ProcessInstanceId
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "ProcessInstanceId");
        set => Parameters["ProcessInstanceId"] = value;
    }
}
