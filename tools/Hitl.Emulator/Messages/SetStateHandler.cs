using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>
/// SetState (deprecated; Update statecode/statuscode is preferred). Raises its own event only. SetStateDynamicEntity,
/// the same request under the message name steps also register on (pipeline-semantics.md §7, ids 1cbebb1b/1dbebb1b),
/// takes the same parameters and raises its event.
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    private readonly string _message;

    public SetStateHandler(string message = "SetState") => _message = message;

    public bool HasPreImage => true;
    public bool HasPostImage => true;

    public void Validate(OperationContext op)
    {
        var moniker = RequestArgs.Required<EntityReference>(op, "EntityMoniker");
        RequestArgs.Required<OptionSetValue>(op, "State");
        RequestArgs.Required<OptionSetValue>(op, "Status");
        op.Runtime.Validator.TableOf(moniker.LogicalName);
    }

    public void Authorize(OperationContext op)
    {
        var moniker = RequestArgs.Current<EntityReference>(op, "EntityMoniker");
        var row = RequestArgs.ExistingRow(op, moniker.LogicalName, moniker.Id);
        op.Runtime.Security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Write, moniker.LogicalName, row);
    }

    public void Execute(OperationContext op)
    {
        var moniker = RequestArgs.Current<EntityReference>(op, "EntityMoniker");
        var table = op.Runtime.Validator.TableOf(moniker.LogicalName);
        var row = RequestArgs.ExistingRow(op, moniker.LogicalName, moniker.Id);
        var change = new Entity(moniker.LogicalName, moniker.Id)
        {
            ["statecode"] = RequestArgs.Current<OptionSetValue>(op, "State"),
            ["statuscode"] = RequestArgs.Current<OptionSetValue>(op, "Status").Value == -1 ? null : op.Input["Status"],
        };
        var values = op.Runtime.Validator.Validate(table, change, isCreate: false, op.Snapshot);
        if (values["statuscode"] is null) values.Remove("statuscode"); // -1 = the state's default status
        op.Runtime.Writer.Patch(op.Tx, table, row, values, op.UserId);
    }

    public OrganizationResponse Respond(OperationContext op) =>
        _message == "SetState" ? new SetStateResponse { ResponseName = "SetState" } : new OrganizationResponse { ResponseName = _message };
}
