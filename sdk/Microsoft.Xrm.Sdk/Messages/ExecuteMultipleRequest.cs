namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs requests one by one, each in its own transaction.</summary>
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterAccess.Get<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => ParameterAccess.Get<ExecuteMultipleSettings>(Parameters, "Settings");
        set => Parameters["Settings"] = value;
    }
}
