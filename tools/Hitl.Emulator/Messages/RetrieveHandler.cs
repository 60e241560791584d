using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Messages;

internal sealed class RetrieveHandler : IMessageHandler
{
    public bool IsReadOnly => true;

    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<EntityReference>(op, "Target");
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        RequestArgs.Required<ColumnSet>(op, "ColumnSet");
        var columns = RequestArgs.Current<ColumnSet>(op, "ColumnSet");
        if (!columns.AllColumns)
            foreach (var column in columns.Columns)
                if (table.Column(column) is null) throw Faults.UnknownColumn(table.LogicalName, column);
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        op.Runtime.Security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Read, target.LogicalName, row);
    }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        op.Output["BusinessEntity"] = op.Runtime.Reader.ToEntity(row, RequestArgs.Current<ColumnSet>(op, "ColumnSet"), op.Snapshot);
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new RetrieveResponse { ResponseName = "Retrieve", Results = new ParameterCollection { { "Entity", op.Output["BusinessEntity"] } } };
}
