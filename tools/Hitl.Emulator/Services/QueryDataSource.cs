using Hitl.Emulator.Metadata;
using Hitl.Emulator.Queries;
using Hitl.Emulator.Security;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Services;

/// <summary>The query engine's view of one snapshot, as one caller sees it.</summary>
internal sealed class QueryDataSource : IQueryDataSource
{
    private static readonly ColumnSet All = new(true);
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

    public ColumnKind? ColumnKindOf(string table, string column) =>
        _runtime.Metadata.Table(table)?.Column(column) is { } c ? KindOf(c.Type) : null;

    public IEnumerable<Entity> Rows(string table) =>
        _snapshot.Rows(table).Select(r => _runtime.Reader.ToEntity(r, All, _snapshot));

    public bool CanRead(string table, Entity row)
    {
        if (_callerId == _runtime.SystemUserId) return true;
        if (!_tableReadable.TryGetValue(table, out var readable))
            _tableReadable[table] = readable = _runtime.Security.DepthOf(_snapshot, _callerId, PrivilegeKind.Read, table) is not null
                                               || _runtime.Metadata.Table(table) is null or { IsIntersect: true };
        return readable && _runtime.Security.Allows(_snapshot, _callerId, PrivilegeKind.Read, table, _snapshot.Find(table, row.Id));
    }

    public DateTime UtcNow => _runtime.Clock.UtcNow;

    public Guid CallerId => _callerId;

    public IReadOnlyCollection<Guid> CallerTeamIds { get; }

    public string? FormatValue(string table, string column, object value) => _runtime.Reader.Format(table, column, value);

    private static ColumnKind KindOf(ColumnType type) => type switch
    {
        ColumnType.String => ColumnKind.String,
        ColumnType.Memo => ColumnKind.Memo,
        ColumnType.Integer => ColumnKind.Integer,
        ColumnType.BigInt => ColumnKind.BigInt,
        ColumnType.Decimal => ColumnKind.Decimal,
        ColumnType.Double => ColumnKind.Double,
        ColumnType.Money => ColumnKind.Money,
        ColumnType.Boolean => ColumnKind.Boolean,
        ColumnType.DateTime => ColumnKind.DateTime,
        ColumnType.Picklist => ColumnKind.Picklist,
        ColumnType.MultiSelectPicklist => ColumnKind.MultiSelectPicklist,
        ColumnType.State => ColumnKind.State,
        ColumnType.Status => ColumnKind.Status,
        ColumnType.Lookup => ColumnKind.Lookup,
        ColumnType.Owner => ColumnKind.Owner,
        ColumnType.Customer => ColumnKind.Customer,
        ColumnType.UniqueIdentifier => ColumnKind.UniqueIdentifier,
        ColumnType.PrimaryKey => ColumnKind.PrimaryKey,
        ColumnType.EntityName => ColumnKind.EntityName,
        _ => ColumnKind.Other,
    };
}
