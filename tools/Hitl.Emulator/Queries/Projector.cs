using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Turns joined rows into the returned entities: copies of the requested columns (null values omitted, as
/// Dataverse does), link-entity columns as AliasedValue under "alias.column", and formatted values.
/// </summary>
internal sealed class Projector
{
    private readonly QueryScope scope;
    private readonly ColumnSet? rootColumns;
    private readonly bool distinct;

    private Projector(QueryScope scope, ColumnSet? rootColumns, bool distinct)
    {
        this.scope = scope;
        this.rootColumns = rootColumns;
        this.distinct = distinct;
    }

    /// <summary>Validates every requested column up front, so an unknown column faults even when no row matches.</summary>
    public static Projector Build(QueryExpression query, QueryScope scope)
    {
        Validate(query.ColumnSet, scope.Root, scope);
        foreach (var node in scope.Nodes.Skip(1))
        {
            if (node.IsSemiJoin && node.Link!.Columns is { } columns && (columns.AllColumns || columns.Columns.Count > 0))
            {
                throw QueryFaults.InvalidArgument(
                    $"The {node.Link.JoinOperator} link-entity '{node.Alias}' cannot return columns.");
            }
            Validate(node.Link!.Columns, node, scope);
        }
        return new Projector(scope, query.ColumnSet, query.Distinct);
    }

    private static void Validate(ColumnSet? columns, QueryNode node, QueryScope scope)
    {
        if (columns is null || columns.AllColumns)
        {
            return;
        }
        foreach (var column in columns.Columns)
        {
            scope.KindOf(node, column);
        }
    }

    public Entity Project(QueryRow?[] row)
    {
        var root = scope.Root;
        var source = row[0]!;
        var id = QueryScope.Read(source, root.PrimaryId, root.PrimaryId) as Guid? ?? source.Id;
        // Distinct results carry the primary key only when it was asked for: it would defeat the distinct.
        var withKey = !distinct || (rootColumns is { } cs && (cs.AllColumns || cs.Columns.Contains(root.PrimaryId)));
        // Rows carry their RowVersion as Retrieve's do (RetrieveMultiple returns Entity.RowVersion for each record);
        // a distinct row without its key stands for several records, so it has none.
        var result = new Entity(root.Table) { Id = withKey ? id : Guid.Empty, RowVersion = withKey ? source.RowVersion : null };
        foreach (var (column, value) in Columns(source, rootColumns, root))
        {
            Add(result, column, root.Table, column, value, aliased: null);
        }
        if (withKey && !result.Attributes.ContainsKey(root.PrimaryId))
        {
            result[root.PrimaryId] = id;
        }
        foreach (var node in scope.Nodes.Skip(1))
        {
            if (node.IsSemiJoin || row[node.Index] is not { } linked)
            {
                continue;
            }
            foreach (var (column, value) in Columns(linked, node.Link!.Columns, node))
            {
                Add(result, node.Alias + "." + column, node.Table, column, value, aliased: node);
            }
        }
        return result;
    }

    private static IEnumerable<(string Column, object Value)> Columns(QueryRow row, ColumnSet? columns, QueryNode node)
    {
        if (columns is null)
        {
            yield break;
        }
        if (columns.AllColumns)
        {
            foreach (var attribute in row.Values)
            {
                if (attribute.Value is not null)
                {
                    yield return (attribute.Key, attribute.Value);
                }
            }
            yield break;
        }
        foreach (var column in columns.Columns.Distinct(StringComparer.Ordinal))
        {
            if (QueryScope.Read(row, column, node.PrimaryId) is { } value)
            {
                yield return (column, value);
            }
        }
    }

    private void Add(Entity result, string key, string table, string column, object value, QueryNode? aliased)
    {
        // Only returned rows get here: copying, naming lookups and formatting cost nothing for filtered-out rows.
        var copy = scope.ForCaller(value)!;
        result[key] = aliased is null ? copy : new AliasedValue(table, column, copy);
        if (scope.Source.FormatValue(table, column, copy) is { } formatted)
        {
            result.FormattedValues[key] = formatted;
        }
    }

    /// <summary>Removes rows whose returned values equal an earlier row's (Distinct), keeping the first.</summary>
    public static List<Entity> Distinct(IEnumerable<Entity> entities)
    {
        var seen = new HashSet<object?>(QueryValues.KeyComparer);
        var result = new List<Entity>();
        foreach (var entity in entities)
        {
            var signature = entity.Attributes
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .SelectMany(a => new[] { (object?)a.Key, SignatureValue(a.Value) })
                .ToArray();
            if (seen.Add(signature))
            {
                result.Add(entity);
            }
        }
        return result;
    }

    private static object? SignatureValue(object? value) => value switch
    {
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value).OrderBy(v => v)),
        AliasedValue { Value: OptionSetValueCollection options } => string.Join(",", options.Select(o => o.Value).OrderBy(v => v)),
        _ => QueryValues.FromStored(value),
    };
}
