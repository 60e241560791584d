using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class WhoAmIResponse : OrganizationResponse
{
    public WhoAmIResponse()
    {
        ResponseName = "WhoAmI";
    }

    public Guid UserId => ParameterAccess.Get<Guid>(Results, "UserId");

    public Guid BusinessUnitId => ParameterAccess.Get<Guid>(Results, "BusinessUnitId");

    public Guid OrganizationId => ParameterAccess.Get<Guid>(Results, "OrganizationId");
}
