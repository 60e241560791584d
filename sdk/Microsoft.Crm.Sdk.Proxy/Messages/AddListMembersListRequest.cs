using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Adds several members (all of the list's member type) to a marketing list; plug-ins see "AddListMembers".</summary>
public sealed class AddListMembersListRequest : OrganizationRequest
{
    public AddListMembersListRequest()
    {
        RequestName = "AddListMembersList";
    }

    public Guid ListId
    {
        get => ParameterAccess.Get<Guid>(Parameters, "ListId");
        set => Parameters["ListId"] = value;
    }

    public Guid[] MemberIds
    {
        get => ParameterAccess.Get<Guid[]>(Parameters, "MemberIds");
        set => Parameters["MemberIds"] = value;
    }
}
