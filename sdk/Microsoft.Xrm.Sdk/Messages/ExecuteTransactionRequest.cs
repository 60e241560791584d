namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs requests in one transaction: all succeed or none do.</summary>
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterAccess.Get<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => ParameterAccess.Get<bool?>(Parameters, "ReturnResponses");
        set => Parameters["ReturnResponses"] = value;
    }
}
