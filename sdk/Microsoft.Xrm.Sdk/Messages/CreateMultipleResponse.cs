using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateMultipleResponse : OrganizationResponse
{
    public CreateMultipleResponse()
    {
        ResponseName = "CreateMultiple";
    }

    public Guid[] Ids => ParameterAccess.Get<Guid[]>(Results, "Ids");
}
