using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Deprecated by Microsoft: update statecode/statuscode with an UpdateRequest instead.</summary>
public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
    }

    public EntityReference EntityMoniker
    {
        get => ParameterAccess.Get<EntityReference>(Parameters, "EntityMoniker");
        set => Parameters["EntityMoniker"] = value;
    }

    public OptionSetValue State
    {
        get => ParameterAccess.Get<OptionSetValue>(Parameters, "State");
        set => Parameters["State"] = value;
    }

    public OptionSetValue Status
    {
        get => ParameterAccess.Get<OptionSetValue>(Parameters, "Status");
        set => Parameters["Status"] = value;
    }
}
