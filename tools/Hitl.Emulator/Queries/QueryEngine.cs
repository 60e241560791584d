using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// The emulator's RetrieveMultiple: QueryExpression, QueryByAttribute and FetchXML (including aggregates)
/// over an <see cref="IQueryDataSource"/>. Errors are Dataverse faults
/// (<c>FaultException&lt;OrganizationServiceFault&gt;</c>) with the platform's error codes. Stateless and thread-safe.
/// </summary>
public sealed class QueryEngine
{
    public EntityCollection RetrieveMultiple(QueryBase query, IQueryDataSource source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }
        switch (query)
        {
            case QueryExpression expression:
                return Execute(expression, null, source);
            case QueryByAttribute byAttribute:
                return Execute(ToQueryExpression(byAttribute), null, source);
            case FetchExpression fetch:
                var parsed = FetchXmlParser.Parse(fetch.Query);
                return Execute(parsed.Query, parsed.Aggregate, source);
            case null:
                throw QueryFaults.InvalidArgument("RetrieveMultiple needs a query.");
            default:
                throw QueryFaults.Unsupported($"The query type {query.GetType().Name}");
        }
    }

    private static EntityCollection Execute(QueryExpression query, AggregateSpec? aggregate, IQueryDataSource source)
    {
        // Everything that can fault on the query's shape is compiled before any row is read.
        var scope = QueryScope.Build(query, source);
        var criteria = FilterCompiler.Compile(query.Criteria, scope.Root, scope, null);
        var pager = Pager.Build(query.TopCount, query.PageInfo);
        if (aggregate is not null)
        {
            var aggregator = Aggregator.Build(aggregate, query, scope);
            return aggregator.Execute(JoinExecutor.Execute(scope).Where(criteria).ToList(), pager);
        }
        var projector = Projector.Build(query, scope);
        var sorter = RowSorter.Build(query, scope);

        var rows = sorter.Sort(JoinExecutor.Execute(scope).Where(criteria).ToList());
        var primaryId = scope.Root.PrimaryId;
        // One row per root record (no joined link rows, no distinct) lets a paging cookie seek by primary key.
        var rowsAreRecords = !query.Distinct && scope.Nodes.All(n => n.Index == 0 || n.IsSemiJoin);
        var cookieCapable = rowsAreRecords && !sorter.OrdersOnLinkColumns;

        List<Entity> page;
        int total;
        bool more;
        if (query.Distinct)
        {
            var all = Projector.Distinct(rows.Select(projector.Project));
            total = all.Count;
            var window = pager.Window(total, null, primaryId);
            page = all.GetRange(window.Start, window.Count);
            more = window.MoreRecords;
        }
        else
        {
            total = rows.Count;
            Func<Guid, int?>? positionOf = null;
            if (rowsAreRecords)
            {
                positionOf = key =>
                {
                    var index = rows.FindIndex(r => r[0]!.Id == key);
                    return index < 0 ? null : index;
                };
            }
            var window = pager.Window(total, positionOf, primaryId);
            page = rows.GetRange(window.Start, window.Count).Select(projector.Project).ToList();
            more = window.MoreRecords;
        }

        var result = new EntityCollection(page) { EntityName = scope.Root.Table, MoreRecords = more, TotalRecordCount = -1 };
        if (cookieCapable && page.Count > 0)
        {
            result.PagingCookie = pager.Cookie(primaryId, page[0].Id, page[page.Count - 1].Id);
        }
        if (pager.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Math.Min(total, Pager.TotalRecordCountLimit);
            result.TotalRecordCountLimitExceeded = total > Pager.TotalRecordCountLimit;
        }
        return result;
    }

    /// <summary>QueryByAttribute is an And of Equal conditions (a null value tests for null, as in Dataverse).</summary>
    private static QueryExpression ToQueryExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw QueryFaults.InvalidArgument(
                $"QueryByAttribute has {query.Attributes.Count} attributes but {query.Values.Count} values; they must pair up.");
        }
        if (query.Attributes.Count == 0)
        {
            throw QueryFaults.InvalidArgument("QueryByAttribute needs at least one attribute and value.");
        }
        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet,
            PageInfo = query.PageInfo,
            TopCount = query.TopCount,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            var value = query.Values[i];
            expression.Criteria.AddCondition(value is null
                ? new ConditionExpression(query.Attributes[i], ConditionOperator.Null)
                : new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, value));
        }
        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }
        return expression;
    }
}
