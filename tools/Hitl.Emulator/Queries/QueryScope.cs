using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>One table in a query: the root entity (index 0) or a link-entity, with its resolved alias.</summary>
internal sealed class QueryNode
{
    public QueryNode(int index, string table, string alias, string primaryId, LinkEntity? link, QueryNode? parent)
    {
        Index = index;
        Table = table;
        Alias = alias;
        PrimaryId = primaryId;
        Link = link;
        Parent = parent;
    }

    public int Index { get; }
    public string Table { get; }
    public string Alias { get; }
    public string PrimaryId { get; }
    public LinkEntity? Link { get; }
    public QueryNode? Parent { get; }
    public List<QueryNode> Children { get; } = new();

    /// <summary>exists / in / any / not any: filters the parent row, adds no rows and no columns.</summary>
    public bool IsSemiJoin => Link is { JoinOperator: JoinOperator.Exists or JoinOperator.In or JoinOperator.Any or JoinOperator.NotAny };
}

/// <summary>
/// The tables of one query, their aliases and column kinds. A row of the joined result is an QueryRow?[] with
/// one slot per node (null = no matching row in an outer join).
/// </summary>
internal sealed class QueryScope
{
    private readonly List<QueryNode> nodes = new();

    private QueryScope(IQueryDataSource source) => Source = source;

    public IQueryDataSource Source { get; }
    public IReadOnlyList<QueryNode> Nodes => nodes;
    public QueryNode Root => nodes[0];

    public static QueryScope Build(QueryExpression query, IQueryDataSource source)
    {
        var scope = new QueryScope(source);
        var rootTable = Require(query.EntityName, "QueryExpression.EntityName");
        scope.nodes.Add(new QueryNode(0, rootTable, rootTable, scope.PrimaryIdOf(rootTable), null, null));
        var counter = 0;
        foreach (var link in query.LinkEntities)
        {
            scope.AddLink(link, scope.Root, ref counter);
        }
        return scope;
    }

    private void AddLink(LinkEntity link, QueryNode parent, ref int counter)
    {
        counter++;
        var table = Require(link.LinkToEntityName, "LinkEntity.LinkToEntityName");
        var primaryId = PrimaryIdOf(table);
        KindOf(parent, Require(link.LinkFromAttributeName, "LinkEntity.LinkFromAttributeName"));
        KindOf(table, Require(link.LinkToAttributeName, "LinkEntity.LinkToAttributeName"));
        if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Exists
            or JoinOperator.In or JoinOperator.Any or JoinOperator.NotAny))
        {
            throw QueryFaults.Unsupported($"The join operator {link.JoinOperator} (link-entity '{table}')");
        }
        if (parent.IsSemiJoin)
        {
            throw QueryFaults.Unsupported(
                $"A link-entity nested inside the {parent.Link!.JoinOperator} link-entity '{parent.Alias}'");
        }
        // Dataverse names an unaliased link-entity "<table><n>", n counting link-entities in query order.
        var alias = string.IsNullOrEmpty(link.EntityAlias) ? table + counter : link.EntityAlias;
        if (nodes.Any(n => n.Index > 0 && string.Equals(n.Alias, alias, StringComparison.OrdinalIgnoreCase)))
        {
            throw QueryFaults.InvalidArgument($"The link-entity alias '{alias}' is used more than once in the query.");
        }
        var node = new QueryNode(nodes.Count, table, alias, primaryId, link, parent);
        nodes.Add(node);
        parent.Children.Add(node);
        foreach (var child in link.LinkEntities)
        {
            AddLink(child, node, ref counter);
        }
    }

    /// <summary>
    /// The node a condition or order names through EntityName: a link alias, the root table, or the table name
    /// of a single unaliased link-entity.
    /// </summary>
    public QueryNode Resolve(string? entityName, QueryNode fallback)
    {
        if (string.IsNullOrEmpty(entityName))
        {
            return fallback;
        }
        var byAlias = nodes.FirstOrDefault(n => n.Index > 0 && string.Equals(n.Alias, entityName, StringComparison.OrdinalIgnoreCase));
        if (byAlias is not null)
        {
            return byAlias;
        }
        if (string.Equals(Root.Table, entityName, StringComparison.OrdinalIgnoreCase))
        {
            return Root;
        }
        var byTable = nodes.Where(n => n.Index > 0 && string.IsNullOrEmpty(n.Link!.EntityAlias)
            && string.Equals(n.Table, entityName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byTable.Count == 1)
        {
            return byTable[0];
        }
        throw QueryFaults.InvalidArgument(
            $"No link-entity with the alias or name '{entityName}' exists in the query for '{Root.Table}'.");
    }

    public ColumnType KindOf(QueryNode node, string column) => KindOf(node.Table, column);

    public ColumnType KindOf(string table, string column) =>
        Source.ColumnTypeOf(table, column) ?? throw QueryFaults.UnknownColumn(table, column);

    private string PrimaryIdOf(string table)
    {
        if (!Source.TableExists(table))
        {
            throw QueryFaults.UnknownTable(table);
        }
        return Source.PrimaryIdAttribute(table)
            ?? throw QueryFaults.InvalidArgument($"The table '{table}' has no primary id attribute.");
    }

    /// <summary>The stored value of a column; the primary key falls back to the row's Id.</summary>
    public static object? Read(QueryRow? row, string column, string primaryId)
    {
        if (row is null)
        {
            return null;
        }
        if (row.TryGetValue(column, out var value))
        {
            return value;
        }
        return string.Equals(column, primaryId, StringComparison.Ordinal) && row.Id != Guid.Empty ? row.Id : null;
    }

    /// <summary>A stored value as returned to the caller: a copy, lookups with the referenced row's name.</summary>
    public object? ForCaller(object? stored)
    {
        var copy = QueryValues.CopyForCaller(stored);
        if (copy is EntityReference reference)
        {
            reference.Name = Source.ReferenceName(reference);
        }
        return copy;
    }

    private static string Require(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw QueryFaults.InvalidArgument($"{what} is required.") : value!;
}
