using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class QualifyLeadResponse : OrganizationResponse
{
    public QualifyLeadResponse()
    {
        ResponseName = "QualifyLead";
    }

    public EntityReferenceCollection CreatedEntities => ParameterAccess.Get<EntityReferenceCollection>(Results, "CreatedEntities");
}
