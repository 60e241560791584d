using Hitl.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>AddListMembersList (message "AddListMembers", on list): several members of the list's type, all or none.</summary>
internal sealed class AddListMembersHandler : IMessageHandler
{
    public void Validate(OperationContext op)
    {
        ListMembership.ListId(op);
        MemberIds(op);
    }

    public void Authorize(OperationContext op) => ListMembership.Authorize(op, MemberIds(op));

    public void Execute(OperationContext op)
    {
        var list = ListMembership.ListOf(op);
        foreach (var member in MemberIds(op).Distinct()) ListMembership.Add(op, list, member);
    }

    public OrganizationResponse Respond(OperationContext op) => new AddListMembersListResponse();

    private static Guid[] MemberIds(OperationContext op) =>
        op.Input.TryGetValue("MemberIds", out var ids) && ids is Guid[] { Length: > 0 } members && members.All(m => m != Guid.Empty)
            ? members
            : throw Faults.InvalidArgument("Required field 'MemberIds' is missing, empty or holds an empty id for request 'AddListMembersList'.");
}
