using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AddMemberListResponse : OrganizationResponse
{
    public AddMemberListResponse()
    {
        ResponseName = "AddMemberList";
    }

    public Guid Id => ParameterAccess.Get<Guid>(Results, "Id");
}
