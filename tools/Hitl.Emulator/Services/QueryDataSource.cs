using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Hitl.Emulator.Queries;
using Hitl.Emulator.Security;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Services;

/// <summary>The query engine's view of one snapshot, as one caller sees it.</summary>
internal sealed class QueryDataSource : IQueryDataSource
{
    private readonly EmulatorRuntime _runtime;
    private readonly StoreSnapshot _snapshot;
    private readonly Guid _callerId;
    private readonly Dictionary<string, bool> _tableReadable = new(StringComparer.Ordinal);

    public QueryDataSource(EmulatorRuntime runtime, StoreSnapshot snapshot, Guid callerId)
    {
        _runtime = runtime;
        _snapshot = snapshot;
        _callerId = callerId;
        CallerTeamIds = runtime.Security.TeamsOf(snapshot, callerId);
    }

    public bool TableExists(string table) => _runtime.Metadata.Table(table) is not null;

    public string? PrimaryIdAttribute(string table) => _runtime.Metadata.Table(table)?.PrimaryIdAttribute;

    public string? PrimaryNameAttribute(string table) => _runtime.Metadata.Table(table)?.PrimaryNameAttribute;

    public ColumnType? ColumnTypeOf(string table, string column) =>
        _runtime.Metadata.Table(table)?.Column(column)?.Type;

    /// <summary>
    /// Views of the stored rows: no Entity, copy, lookup name or formatted value is made for a row the query
    /// does not return (the engine copies, names and formats returned values through ReferenceName and FormatValue).
    /// </summary>
    public IEnumerable<QueryRow> Rows(string table) => _snapshot.Rows(table).Select(r => (QueryRow)new StoredRowView(r));

    public bool CanRead(string table, QueryRow row)
    {
        if (_callerId == _runtime.SystemUserId) return true;
        if (!_tableReadable.TryGetValue(table, out var readable))
            _tableReadable[table] = readable = _runtime.Security.DepthOf(_snapshot, _callerId, PrivilegeKind.Read, table) is not null
                                               || _runtime.Metadata.Table(table) is null or { IsIntersect: true };
        return readable && _runtime.Security.Allows(_snapshot, _callerId, PrivilegeKind.Read, table,
                   row is StoredRowView view ? view.Row : _snapshot.Find(table, row.Id));
    }

    public DateTime UtcNow => _runtime.Clock.UtcNow;

    public Guid CallerId => _callerId;

    public IReadOnlyCollection<Guid> CallerTeamIds { get; }

    public string? ReferenceName(EntityReference reference) => _runtime.Reader.NameOf(reference, _snapshot);

    public string? FormatValue(string table, string column, object value) => _runtime.Reader.Format(table, column, value);

    /// <summary>A stored row as the engine reads it: the immutable stored values, shared, never copied.</summary>
    private sealed class StoredRowView(StoredRow row) : QueryRow
    {
        public StoredRow Row { get; } = row;

        public override Guid Id => Row.Id;

        public override bool TryGetValue(string column, out object? value)
        {
            var found = Row.Attributes.TryGetValue(column, out var stored);
            value = stored;
            return found;
        }

        public override IEnumerable<KeyValuePair<string, object>> Values => Row.Attributes;

        public override string? RowVersion => Row.RowVersion;
    }
}
