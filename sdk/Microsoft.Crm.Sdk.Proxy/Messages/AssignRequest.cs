using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Deprecated by Microsoft: update ownerid with an UpdateRequest instead.</summary>
public sealed class AssignRequest : OrganizationRequest
{
    public AssignRequest()
    {
        RequestName = "Assign";
    }

    public EntityReference Target
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public EntityReference Assignee
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "Assignee");
        set => Parameters["Assignee"] = value;
    }
}
