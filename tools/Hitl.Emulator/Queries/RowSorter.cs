using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Orders joined rows like SQL Server: the query's orders, then each link-entity's orders, nulls first when
/// ascending; then the primary keys (root first) as Dataverse adds for stable paging. Lookups sort by the
/// referenced row's primary name, as Dataverse sorts on the lookup's name; choices sort by option value.
/// </summary>
internal sealed class RowSorter
{
    private readonly List<(Func<QueryRow?[], object?> Key, bool Descending)> keys = new();

    private RowSorter(bool ordersOnLinkColumns) => OrdersOnLinkColumns = ordersOnLinkColumns;

    /// <summary>True when an order names a link-entity column: Dataverse then returns no paging cookie.</summary>
    public bool OrdersOnLinkColumns { get; }

    public static RowSorter Build(QueryExpression query, QueryScope scope)
    {
        var names = new LookupNames(scope.Source);
        var explicitOrders = new List<(QueryNode Node, OrderExpression Order)>();
        explicitOrders.AddRange(query.Orders.Select(o => (scope.Resolve(o.EntityName, scope.Root), o)));
        foreach (var node in scope.Nodes.Skip(1))
        {
            explicitOrders.AddRange(node.Link!.Orders.Select(o => (scope.Resolve(o.EntityName, node), o)));
        }
        var sorter = new RowSorter(explicitOrders.Any(o => o.Node.Index > 0));
        foreach (var (node, order) in explicitOrders)
        {
            if (string.IsNullOrEmpty(order.AttributeName))
            {
                throw QueryFaults.InvalidArgument("OrderExpression.AttributeName is required (aliases order only aggregate queries).");
            }
            if (node.IsSemiJoin)
            {
                throw QueryFaults.InvalidArgument($"Cannot order by a column of the {node.Link!.JoinOperator} link-entity '{node.Alias}'.");
            }
            var kind = scope.KindOf(node, order.AttributeName);
            var column = order.AttributeName;
            var index = node.Index;
            var primaryId = node.PrimaryId;
            Func<QueryRow?[], object?> key = kind is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer
                ? row => names.NameOf(QueryScope.Read(row[index], column, primaryId) as EntityReference)
                : row => QueryValues.FromStored(QueryScope.Read(row[index], column, primaryId));
            sorter.keys.Add((key, order.OrderType == OrderType.Descending));
        }
        foreach (var node in scope.Nodes.Where(n => !n.IsSemiJoin))
        {
            var index = node.Index;
            var primaryId = node.PrimaryId;
            sorter.keys.Add((row => QueryValues.FromStored(QueryScope.Read(row[index], primaryId, primaryId)), false));
        }
        return sorter;
    }

    public List<QueryRow?[]> Sort(List<QueryRow?[]> rows)
    {
        // Keys are computed once per row, not once per comparison.
        var keyed = rows.Select((row, position) => (Row: row, Keys: keys.Select(k => k.Key(row)).ToArray(), Position: position)).ToList();
        keyed.Sort((a, b) =>
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var result = QueryValues.CompareNullable(a.Keys[i], b.Keys[i]);
                if (result != 0)
                {
                    return keys[i].Descending ? -result : result;
                }
            }
            return a.Position.CompareTo(b.Position);
        });
        return keyed.Select(k => k.Row).ToList();
    }

    /// <summary>Primary names of referenced rows, read once per table per query.</summary>
    private sealed class LookupNames
    {
        private readonly IQueryDataSource source;
        private readonly Dictionary<string, Dictionary<Guid, string?>?> byTable = new(StringComparer.Ordinal);

        public LookupNames(IQueryDataSource source) => this.source = source;

        public string? NameOf(EntityReference? reference)
        {
            if (reference is null)
            {
                return null;
            }
            var table = reference.LogicalName ?? string.Empty;
            if (!byTable.TryGetValue(table, out var names))
            {
                byTable[table] = names = Load(table);
            }
            return names is not null && names.TryGetValue(reference.Id, out var name) ? name : source.ReferenceName(reference);
        }

        private Dictionary<Guid, string?>? Load(string table)
        {
            if (!source.TableExists(table) || source.PrimaryNameAttribute(table) is not { } nameColumn)
            {
                return null;
            }
            var names = new Dictionary<Guid, string?>();
            foreach (var row in source.Rows(table))
            {
                names[row.Id] = row.TryGetValue(nameColumn, out var name) ? name as string : null;
            }
            return names;
        }
    }
}
