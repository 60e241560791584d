using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>Optimistic concurrency for Update/Delete with ConcurrencyBehavior.IfRowVersionMatches.</summary>
internal static class Concurrency
{
    public static void Check(OperationContext op, StoredRow row, string? rowVersion)
    {
        var behavior = op.Input.TryGetValue("ConcurrencyBehavior", out var b) && b is ConcurrencyBehavior c ? c : ConcurrencyBehavior.Default;
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches) return;
        if (string.IsNullOrEmpty(rowVersion))
            throw Faults.Create(ErrorCodes.ConcurrencyVersionNotProvided,
                $"The row version is required for an optimistic concurrency operation on {row.Table} With Id = {row.Id:D}.");
        if (!string.Equals(rowVersion, row.RowVersion, StringComparison.Ordinal))
            throw Faults.Create(ErrorCodes.ConcurrencyVersionMismatch,
                $"The version of the existing record doesn't match the RowVersion property provided ({row.Table} With Id = {row.Id:D}: provided {rowVersion}, current {row.RowVersion}).");
    }
}
