namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
        ResponseName = "ExecuteMultiple";
    }

    public bool IsFaulted => ParameterAccess.Get<bool>(Results, "IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses => ParameterAccess.Get<ExecuteMultipleResponseItemCollection>(Results, "Responses");
}
