using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
        ResponseName = "Create";
    }

    public Guid id => ParameterAccess.Get<Guid>(Results, "id");
}
