using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

internal sealed class DeleteHandler : IMessageHandler
{
    public bool HasPreImage => true;

    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<EntityReference>(op, "Target");
        op.Runtime.Validator.TableOf(target.LogicalName);
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        op.Runtime.Security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Delete, target.LogicalName, row);
        Concurrency.Check(op, row, target.RowVersion);
    }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        op.Runtime.Writer.Remove(op.Tx, target.LogicalName, target.Id);
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new Microsoft.Xrm.Sdk.Messages.DeleteResponse { ResponseName = "Delete" };
}
