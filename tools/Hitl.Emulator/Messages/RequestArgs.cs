using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>Shared request-parameter checks and the Append/AppendTo rule for lookups.</summary>
internal static class RequestArgs
{
    /// <summary>Request shape, checked before any step runs.</summary>
    public static T Required<T>(OperationContext op, string name) where T : class =>
        op.Input.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw Faults.InvalidArgument(
                $"Required field '{name}' is missing or is not of type {typeof(T).FullName} for request '{op.Request.RequestName}' (got {Describe(value)}).");

    /// <summary>
    /// A parameter read once steps have run: PreValidation/PreOperation steps can replace InputParameters entries,
    /// and a wrong type must surface as a fault naming it, not as an InvalidCastException.
    /// </summary>
    public static T Current<T>(OperationContext op, string name) where T : class =>
        op.Input.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw Faults.InvalidArgument(
                $"The input parameter '{name}' of message '{op.Message}' must be {typeof(T).FullName}, but a plug-in step left {Describe(value)} in InputParameters[\"{name}\"].");

    private static string Describe(object? value) => value is null ? "no value" : value.GetType().FullName!;

    /// <summary>
    /// Setting a lookup needs Append on the row (<paramref name="row"/>: the existing row on update, so Basic depth
    /// reaches only rows the caller or their team owns; null on create, where the caller owns the new row or holds
    /// Assign) and AppendTo on the referenced row.
    /// </summary>
    public static void DemandAppendRights(OperationContext op, Entity target, Store.StoredRow? row)
    {
        var security = op.Runtime.Security;
        var table = op.Runtime.Metadata.Table(target.LogicalName);
        foreach (var (name, value) in target.Attributes)
        {
            if (value is not EntityReference reference || name is "ownerid") continue;
            if (table?.Column(name) is null) continue;
            security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Append, target.LogicalName, row);
            security.Demand(op.Snapshot, op.UserId, PrivilegeKind.AppendTo, reference.LogicalName,
                op.Snapshot.Find(reference.LogicalName, reference.Id));
        }
    }

    /// <summary>Deep insert/update (RelatedEntities on the Target) is a platform feature the emulator leaves out.</summary>
    public static void RefuseRelatedEntities(OperationContext op, Entity target)
    {
        if (target.RelatedEntities.Count == 0) return;
        throw Faults.Create(ErrorCodes.UnExpected,
            $"deep insert (RelatedEntities on {op.Message}) is not emulated: send the related rows ({string.Join(", ", target.RelatedEntities.Keys.Select(r => r.SchemaName))}) as their own requests.");
    }

    public static Store.StoredRow ExistingRow(OperationContext op, string table, Guid id) =>
        op.Snapshot.Find(table, id) ?? throw Faults.DoesNotExist(table, id);
}
