using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>Assign (deprecated; Update ownerid is preferred): sets the owner. Raises the Assign event only.</summary>
internal sealed class AssignHandler : IMessageHandler
{
    public bool HasPreImage => true;
    public bool HasPostImage => true;

    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<EntityReference>(op, "Target");
        var assignee = RequestArgs.Required<EntityReference>(op, "Assignee");
        if (assignee.LogicalName is not ("systemuser" or "team"))
            throw Faults.InvalidArgument($"Assignee must be a systemuser or a team, not '{assignee.LogicalName}'.");
        op.Runtime.Validator.TableOf(target.LogicalName);
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        op.Runtime.Security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Assign, target.LogicalName, row);
    }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var assignee = RequestArgs.Current<EntityReference>(op, "Assignee");
        RequestArgs.ExistingRow(op, assignee.LogicalName, assignee.Id);
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        op.Runtime.Writer.Patch(op.Tx, table, row,
            new Dictionary<string, object?> { ["ownerid"] = new EntityReference(assignee.LogicalName, assignee.Id) }, op.UserId);
    }

    public OrganizationResponse Respond(OperationContext op) => new AssignResponse { ResponseName = "Assign" };
}
