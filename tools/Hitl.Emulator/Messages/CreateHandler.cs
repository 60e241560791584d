using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Emulator.Messages;

internal sealed class CreateHandler : IMessageHandler
{
    public bool HasPostImage => true;

    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<Entity>(op, "Target");
        op.Runtime.Validator.TableOf(target.LogicalName);
        RequestArgs.RefuseRelatedEntities(op, target);
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<Entity>(op, "Target");
        var security = op.Runtime.Security;
        security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Create, target.LogicalName, null);
        // Creating a row owned by another user or a team gives it away: the platform demands Assign.
        if (target.Attributes.TryGetValue("ownerid", out var o) && o is EntityReference owner && owner.Id != op.UserId)
            security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Assign, target.LogicalName, null);
        RequestArgs.DemandAppendRights(op, target, null);
    }

    public void Execute(OperationContext op)
    {
        // Read Target again: PreValidation/PreOperation steps may have replaced or changed it.
        var target = RequestArgs.Current<Entity>(op, "Target");
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        RequestArgs.RefuseRelatedEntities(op, target); // a step may have added some
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid g ? g
            : op.Runtime.Ids.Next();
        var values = op.Runtime.Validator.Validate(table, target, isCreate: true, op.Snapshot);
        op.Runtime.Writer.Insert(op.Tx, table, id, values, op.UserId);
        op.Id = id;
        target.Id = id;
        op.Output["id"] = id;
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new CreateResponse { ResponseName = "Create", Results = new ParameterCollection { { "id", op.Output["id"] } } };
}
