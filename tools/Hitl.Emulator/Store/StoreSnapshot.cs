using System.Collections.Immutable;

namespace Hitl.Emulator.Store;

/// <summary>An immutable state of every table. Taking one is O(1); that is what Clone and rollback rely on.</summary>
internal sealed record StoreSnapshot(ImmutableDictionary<string, ImmutableDictionary<Guid, StoredRow>> Tables, long LastVersion)
{
    public static StoreSnapshot Empty { get; } =
        new(ImmutableDictionary.Create<string, ImmutableDictionary<Guid, StoredRow>>(StringComparer.Ordinal), 0);

    public StoredRow? Find(string table, Guid id) =>
        Tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    public IEnumerable<StoredRow> Rows(string table) =>
        Tables.TryGetValue(table, out var rows) ? rows.Values : [];

    /// <summary>Writes a row with the next version number (RowVersion is monotonic across the store).</summary>
    public StoreSnapshot Put(string table, Guid id, ImmutableDictionary<string, object> attributes, out StoredRow row)
    {
        var version = LastVersion + 1;
        row = new StoredRow(table, id, attributes.SetItem("versionnumber", version), version);
        var rows = Tables.TryGetValue(table, out var existing) ? existing : ImmutableDictionary<Guid, StoredRow>.Empty;
        return new StoreSnapshot(Tables.SetItem(table, rows.SetItem(id, row)), version);
    }

    public StoreSnapshot Remove(string table, Guid id) =>
        Tables.TryGetValue(table, out var rows) ? this with { Tables = Tables.SetItem(table, rows.Remove(id)) } : this;
}
