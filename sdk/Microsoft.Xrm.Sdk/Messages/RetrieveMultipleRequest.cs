using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
    }

    public QueryBase Query
    {
        get => ParameterAccess.Get<QueryBase>(Parameters, "Query");
        set => Parameters["Query"] = value;
    }
}
