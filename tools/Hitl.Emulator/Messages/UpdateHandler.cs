using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

internal sealed class UpdateHandler : IMessageHandler
{
    public bool HasPreImage => true;
    public bool HasPostImage => true;

    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<Entity>(op, "Target");
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        RequestArgs.RefuseRelatedEntities(op, target);
        if (target.Id == Guid.Empty && target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid g)
            target.Id = g;
        if (target.Id == Guid.Empty)
            throw Faults.InvalidArgument($"Update of '{target.LogicalName}' needs the row's Id (or its primary key column).");
        op.Id = target.Id;
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<Entity>(op, "Target");
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        var security = op.Runtime.Security;
        security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Write, target.LogicalName, row);
        if (target.Contains("ownerid")) security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Assign, target.LogicalName, row);
        RequestArgs.DemandAppendRights(op, target, row);
        Concurrency.Check(op, row, target.RowVersion);
    }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<Entity>(op, "Target");
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        var values = op.Runtime.Validator.Validate(table, target, isCreate: false, op.Snapshot);
        op.Runtime.Writer.Patch(op.Tx, table, row, values, op.UserId);
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new Microsoft.Xrm.Sdk.Messages.UpdateResponse { ResponseName = "Update" };
}
