using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Builds the joined rows of a query: readable root rows, then each link-entity in query order through a hash
/// lookup on its "to" column (no nested loops). Inner links drop unmatched rows, outer links keep them with an
/// empty slot, exists/in/any/not any links only keep or drop the parent row.
/// </summary>
internal static class JoinExecutor
{
    public static List<QueryRow?[]> Execute(QueryScope scope)
    {
        var width = scope.Nodes.Count;
        var rows = new List<QueryRow?[]>();
        foreach (var entity in Readable(scope, scope.Root.Table))
        {
            var row = new QueryRow?[width];
            row[0] = entity;
            rows.Add(row);
        }
        foreach (var node in scope.Nodes.Skip(1))
        {
            rows = node.IsSemiJoin ? SemiJoin(scope, node, rows) : Join(scope, node, rows);
        }
        return rows;
    }

    private static List<QueryRow?[]> Join(QueryScope scope, QueryNode node, List<QueryRow?[]> rows)
    {
        var link = node.Link!;
        var index = BuildIndex(scope, node);
        var criteria = FilterCompiler.Compile(link.LinkCriteria, node, scope, null);
        var outer = link.JoinOperator == JoinOperator.LeftOuter;
        var parent = node.Parent!;
        var result = new List<QueryRow?[]>(rows.Count);
        foreach (var row in rows)
        {
            var matched = false;
            if (Key(row[parent.Index], link.LinkFromAttributeName, parent) is { } key && index.TryGetValue(key, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    var joined = (QueryRow?[])row.Clone();
                    joined[node.Index] = candidate;
                    if (criteria(joined))
                    {
                        result.Add(joined);
                        matched = true;
                    }
                }
            }
            if (!matched && outer)
            {
                result.Add(row);
            }
        }
        return result;
    }

    private static List<QueryRow?[]> SemiJoin(QueryScope scope, QueryNode node, List<QueryRow?[]> rows)
    {
        var link = node.Link!;
        var index = BuildIndex(scope, node);
        var criteria = FilterCompiler.Compile(link.LinkCriteria, node, scope, node);
        var keepWhenFound = link.JoinOperator != JoinOperator.NotAny;
        var parent = node.Parent!;
        var result = new List<QueryRow?[]>(rows.Count);
        foreach (var row in rows)
        {
            var found = false;
            if (Key(row[parent.Index], link.LinkFromAttributeName, parent) is { } key && index.TryGetValue(key, out var candidates))
            {
                var scratch = (QueryRow?[])row.Clone();
                foreach (var candidate in candidates)
                {
                    scratch[node.Index] = candidate;
                    if (criteria(scratch))
                    {
                        found = true;
                        break;
                    }
                }
            }
            if (found == keepWhenFound)
            {
                result.Add(row);
            }
        }
        return result;
    }

    private static Dictionary<object, List<QueryRow>> BuildIndex(QueryScope scope, QueryNode node)
    {
        var index = new Dictionary<object, List<QueryRow>>(QueryValues.KeyComparer!);
        foreach (var entity in Readable(scope, node.Table))
        {
            if (Key(entity, node.Link!.LinkToAttributeName, node) is { } key)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = new List<QueryRow>();
                }
                list.Add(entity);
            }
        }
        return index;
    }

    private static object? Key(QueryRow? row, string column, QueryNode node) =>
        QueryValues.FromStored(QueryScope.Read(row, column, node.PrimaryId));

    private static IEnumerable<QueryRow> Readable(QueryScope scope, string table) =>
        scope.Source.Rows(table).Where(e => scope.Source.CanRead(table, e));
}
