using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Store;

/// <summary>
/// Deep copies of queries, column sets and relationships: a step that adds a condition or a column changes the
/// operation's copy (as the platform deserializes the request), never the caller's object.
/// </summary>
internal static class QueryCopier
{
    public static QueryBase Copy(QueryBase query) => query switch
    {
        QueryExpression e => Copy(e),
        QueryByAttribute a => Copy(a),
        FetchExpression f => new FetchExpression(f.Query),
        _ => query,
    };

    public static QueryExpression Copy(QueryExpression e)
    {
        var copy = new QueryExpression(e.EntityName)
        {
            ColumnSet = Copy(e.ColumnSet),
            Criteria = Copy(e.Criteria),
            PageInfo = Copy(e.PageInfo),
            TopCount = e.TopCount,
            Distinct = e.Distinct,
            NoLock = e.NoLock,
            QueryHints = e.QueryHints,
            DataSource = e.DataSource,
            SubQueryExpression = e.SubQueryExpression is null ? null! : Copy(e.SubQueryExpression),
        };
        foreach (var link in e.LinkEntities) copy.LinkEntities.Add(Copy(link));
        foreach (var order in e.Orders) copy.Orders.Add(Copy(order));
        return copy;
    }

    public static QueryByAttribute Copy(QueryByAttribute a)
    {
        var copy = new QueryByAttribute(a.EntityName) { ColumnSet = Copy(a.ColumnSet), PageInfo = Copy(a.PageInfo), TopCount = a.TopCount };
        copy.Attributes.AddRange(a.Attributes);
        foreach (var value in a.Values) copy.Values.Add(ValueCopier.Copy(value)!);
        foreach (var order in a.Orders) copy.Orders.Add(Copy(order));
        return copy;
    }

    public static ColumnSet Copy(ColumnSet columns)
    {
        if (columns is null) return null!; // QueryByAttribute(string) leaves it null, as the real SDK does
        var copy = new ColumnSet(columns.AllColumns);
        copy.Columns.AddRange(columns.Columns);
        return copy;
    }

    public static Relationship Copy(Relationship relationship) =>
        new(relationship.SchemaName) { PrimaryEntityRole = relationship.PrimaryEntityRole };

    private static LinkEntity Copy(LinkEntity link)
    {
        var copy = new LinkEntity(link.LinkFromEntityName, link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator)
        {
            Columns = Copy(link.Columns),
            EntityAlias = link.EntityAlias,
            LinkCriteria = Copy(link.LinkCriteria),
        };
        foreach (var child in link.LinkEntities) copy.LinkEntities.Add(Copy(child));
        foreach (var order in link.Orders) copy.Orders.Add(Copy(order));
        return copy;
    }

    private static FilterExpression Copy(FilterExpression filter)
    {
        if (filter is null) return null!;
        var copy = new FilterExpression(filter.FilterOperator) { FilterHint = filter.FilterHint, IsQuickFindFilter = filter.IsQuickFindFilter };
        foreach (var condition in filter.Conditions)
            copy.Conditions.Add(new ConditionExpression(condition.EntityName, condition.AttributeName, condition.Operator, condition.CompareColumns,
                condition.Values.Select(ValueCopier.Copy).ToArray()));
        foreach (var child in filter.Filters) copy.Filters.Add(Copy(child));
        return copy;
    }

    private static OrderExpression Copy(OrderExpression order) => new(order.AttributeName, order.OrderType, order.Alias, order.EntityName);

    private static PagingInfo Copy(PagingInfo paging) => paging is null ? null! : new PagingInfo
    {
        PageNumber = paging.PageNumber,
        Count = paging.Count,
        PagingCookie = paging.PagingCookie,
        ReturnTotalRecordCount = paging.ReturnTotalRecordCount,
    };
}
