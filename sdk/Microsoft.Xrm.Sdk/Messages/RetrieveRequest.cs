using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
    }

    public EntityReference Target
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => ParameterAccess.Get<ColumnSet>(Parameters, "ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => ParameterAccess.Get<RelationshipQueryCollection>(Parameters, "RelatedEntitiesQuery");
        set => Parameters["RelatedEntitiesQuery"] = value;
    }

    public bool ReturnNotifications
    {
        get => ParameterAccess.Get<bool>(Parameters, "ReturnNotifications");
        set => Parameters["ReturnNotifications"] = value;
    }
}
