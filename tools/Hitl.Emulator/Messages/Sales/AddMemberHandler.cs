using Hitl.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>AddMemberList (message "AddMember", on list): one member; the response's Id is its listmember row.</summary>
internal sealed class AddMemberHandler : IMessageHandler
{
    public void Validate(OperationContext op)
    {
        ListMembership.ListId(op);
        MemberId(op);
    }

    public void Authorize(OperationContext op) => ListMembership.Authorize(op, [MemberId(op)]);

    public void Execute(OperationContext op) =>
        op.Output["Id"] = ListMembership.Add(op, ListMembership.ListOf(op), MemberId(op));

    public OrganizationResponse Respond(OperationContext op) =>
        new AddMemberListResponse { Results = new ParameterCollection { { "Id", op.Output["Id"] } } };

    private static Guid MemberId(OperationContext op) =>
        op.Input.TryGetValue("EntityId", out var id) && id is Guid memberId && memberId != Guid.Empty
            ? memberId
            : throw Faults.InvalidArgument("Required field 'EntityId' is missing or empty for request 'AddMemberList'.");
}
