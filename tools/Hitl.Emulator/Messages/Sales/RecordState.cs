using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>State rules the sales messages share: a row must be open to be closed, and a status reason must belong to the target state.</summary>
internal static class RecordState
{
    public const int Open = 0;

    public static int StateOf(Entity row) => row.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value ?? Open;

    /// <summary>Refuses closing a row that is no longer open, naming the state it is in.</summary>
    public static void RequireOpen(OperationContext op, Entity row, string action)
    {
        var state = StateOf(row);
        if (state == Open) return;
        var label = op.Runtime.Reader.Format(row.LogicalName, SystemColumns.StateCode, new OptionSetValue(state)) ?? state.ToString();
        throw Faults.InvalidArgument(
            $"Cannot {action}: {row.LogicalName} {row.Id:D} is not open (its state is {label}). Re-open it with SetState (statecode 0) first.");
    }

    /// <summary>The status reason to write: the given one if it belongs to <paramref name="state"/>; -1 = the state's default.</summary>
    public static OptionSetValue StatusFor(OperationContext op, string table, int state, OptionSetValue status)
    {
        var options = op.Runtime.Validator.TableOf(table).Column(SystemColumns.StatusCode)?.Options ?? [];
        if (status.Value == -1 && options.FirstOrDefault(o => o.State == state && o.IsDefaultForState) is { } fallback)
            return new OptionSetValue(fallback.Value);
        if (options.Any(o => o.Value == status.Value && o.State == state)) return new OptionSetValue(status.Value);
        var valid = string.Join(", ", options.Where(o => o.State == state).Select(o => $"{o.Value} ({o.Label})"));
        throw Faults.InvalidArgument(
            $"{status.Value} is not a valid status code for state code {state} of table '{table}' in message '{op.Message}' (valid: {valid}).");
    }

    /// <summary>The platform's own write of a row's columns (no Update/SetState event of its own: see README).</summary>
    public static void Write(OperationContext op, string table, Guid id, Dictionary<string, object?> values)
    {
        var metadata = op.Runtime.Validator.TableOf(table);
        var row = RequestArgs.ExistingRow(op, table, id);
        op.Runtime.Writer.Patch(op.Tx, metadata, row, values, op.UserId);
    }

    /// <summary>Keeps only the columns the table's metadata defines (standard columns differ between org versions).</summary>
    public static void SetIfColumn(OperationContext op, Entity target, string column, object? value)
    {
        if (value is null) return;
        if (op.Runtime.Metadata.Table(target.LogicalName)?.Column(column) is not null) target[column] = value;
    }
}
