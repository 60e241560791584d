namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
        ResponseName = "ExecuteTransaction";
    }

    public OrganizationResponseCollection Responses => ParameterAccess.Get<OrganizationResponseCollection>(Results, "Responses");
}
