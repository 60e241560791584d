using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Services;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Emulator.Messages;

/// <summary>Upsert by primary key or alternate key: runs the Create or Update message (their steps fire) inside its transaction.</summary>
internal sealed class UpsertHandler : IMessageHandler
{
    public void Validate(OperationContext op)
    {
        var target = RequestArgs.Required<Entity>(op, "Target");
        op.Runtime.Validator.TableOf(target.LogicalName);
    }

    // Create/Update check their own privileges.
    public void Authorize(OperationContext op) { }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<Entity>(op, "Target");
        var table = op.Runtime.Validator.TableOf(target.LogicalName);
        var existing = FindExisting(op, target, table);
        var inner = op.Caller with { Transaction = op.Tx, Observer = null };
        var record = ValueCopierEntity(target);
        if (existing is { } id)
        {
            record.Id = id;
            op.Runtime.Execute(new UpdateRequest { Target = record }, inner);
            op.Output["RecordCreated"] = false;
            op.Output["Target"] = new EntityReference(target.LogicalName, id);
        }
        else
        {
            // Key columns become ordinary values of the new row, as Dataverse does.
            foreach (var (name, value) in target.KeyAttributes) record[name] = value;
            var created = (CreateResponse)op.Runtime.Execute(new CreateRequest { Target = record }, inner);
            op.Output["RecordCreated"] = true;
            op.Output["Target"] = new EntityReference(target.LogicalName, created.id);
        }
    }

    private static Entity ValueCopierEntity(Entity target)
    {
        var copy = Store.ValueCopier.CopyEntity(target);
        copy.KeyAttributes.Clear();
        return copy;
    }

    private static Guid? FindExisting(OperationContext op, Entity target, Metadata.TableMetadata table)
    {
        if (target.KeyAttributes.Count == 0)
            return target.Id != Guid.Empty && op.Snapshot.Find(table.LogicalName, target.Id) is not null ? target.Id : null;
        foreach (var key in target.KeyAttributes.Keys)
            if (table.Column(key) is null) throw Faults.UnknownColumn(table.LogicalName, key);
        var matches = op.Snapshot.Rows(table.LogicalName)
            .Where(r => target.KeyAttributes.All(k => KeyEquals(r[k.Key], k.Value))).Take(2).ToList();
        if (matches.Count > 1)
            throw Faults.Create(ErrorCodes.DuplicateRecordEntityKey, $"More than one '{table.LogicalName}' row matches the key values.");
        return matches.Count == 1 ? matches[0].Id : null;
    }

    private static bool KeyEquals(object? stored, object? given) => (stored, given) switch
    {
        (EntityReference a, EntityReference b) => a.Id == b.Id,
        (EntityReference a, Guid b) => a.Id == b,
        (OptionSetValue a, OptionSetValue b) => a.Value == b.Value,
        (OptionSetValue a, int b) => a.Value == b,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        _ => Equals(stored, given),
    };

    public OrganizationResponse Respond(OperationContext op) => new UpsertResponse
    {
        ResponseName = "Upsert",
        Results = new ParameterCollection { { "RecordCreated", op.Output["RecordCreated"] }, { "Target", op.Output["Target"] } },
    };
}
