using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Adds one member to a marketing list; plug-ins see the message as "AddMember".</summary>
public sealed class AddMemberListRequest : OrganizationRequest
{
    public AddMemberListRequest()
    {
        RequestName = "AddMemberList";
    }

    public Guid ListId
    {
        get => ParameterAccess.Get<Guid>(Parameters, "ListId");
        set => Parameters["ListId"] = value;
    }

    public Guid EntityId
    {
        get => ParameterAccess.Get<Guid>(Parameters, "EntityId");
        set => Parameters["EntityId"] = value;
    }
}
