using System.Collections.Immutable;

namespace Hitl.Emulator.Store;

/// <summary>One saved row. Immutable: a write replaces the row, so snapshots and clones share rows safely.</summary>
internal sealed record StoredRow(string Table, Guid Id, ImmutableDictionary<string, object> Attributes, long Version)
{
    public object? this[string column] => Attributes.TryGetValue(column, out var v) ? v : null;

    public string RowVersion => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
