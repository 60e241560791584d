using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

public class QueryTests
{
    [Fact]
    public void QueryExpression_starts_with_no_columns_an_And_criteria_and_paging_info()
    {
        var query = new QueryExpression("account");

        Assert.Equal("account", query.EntityName);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.NotNull(query.PageInfo);
        Assert.Empty(query.LinkEntities);
        Assert.Empty(query.Orders);
        Assert.Null(query.TopCount);
        Assert.Null(new QueryExpression().EntityName);
    }

    [Fact]
    public void QueryExpression_AddOrder_appends_orders()
    {
        var query = new QueryExpression("account");

        query.AddOrder("name", OrderType.Ascending);
        query.AddOrder("fullname", OrderType.Descending, "c", "contact");

        Assert.Collection(query.Orders,
            o => Assert.Equal(("name", OrderType.Ascending, null, null), (o.AttributeName, o.OrderType, o.Alias, o.EntityName)),
            o => Assert.Equal(("fullname", OrderType.Descending, "c", "contact"), (o.AttributeName, o.OrderType, o.Alias, o.EntityName)));
    }

    [Fact]
    public void QueryExpression_AddLink_links_from_the_query_table_and_returns_the_added_link()
    {
        var query = new QueryExpression("account");

        LinkEntity inner = query.AddLink("contact", "primarycontactid", "contactid");
        LinkEntity outer = query.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);

        Assert.Equal(new[] { inner, outer }, query.LinkEntities);
        Assert.Equal(("account", "contact", "primarycontactid", "contactid", JoinOperator.Inner),
            (inner.LinkFromEntityName, inner.LinkToEntityName, inner.LinkFromAttributeName, inner.LinkToAttributeName, inner.JoinOperator));
        Assert.Equal(JoinOperator.LeftOuter, outer.JoinOperator);
        Assert.NotNull(inner.Columns);
        Assert.NotNull(inner.LinkCriteria);
    }

    [Fact]
    public void LinkEntity_AddLink_reuses_its_own_from_entity_like_the_real_SDK()
    {
        var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.Inner);

        LinkEntity nested = link.AddLink("systemuser", "ownerid", "systemuserid");

        Assert.Same(nested, Assert.Single(link.LinkEntities));
        Assert.Equal("account", nested.LinkFromEntityName);
        Assert.Equal(JoinOperator.Inner, nested.JoinOperator);
        Assert.Equal(JoinOperator.Exists, link.AddLink("team", "owningteam", "teamid", JoinOperator.Exists).JoinOperator);
    }

    [Fact]
    public void LinkEntity_default_constructor_is_an_inner_join_with_empty_columns_and_criteria()
    {
        var link = new LinkEntity();

        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.Null(link.LinkFromEntityName);
        Assert.Empty(link.Columns.Columns);
        Assert.Empty(link.LinkCriteria.Conditions);
        Assert.Empty(link.Orders);
    }

    [Fact]
    public void FilterExpression_AddFilter_creates_adds_and_returns_a_child_and_ignores_null()
    {
        var filter = new FilterExpression();

        FilterExpression child = filter.AddFilter(LogicalOperator.Or);
        filter.AddFilter((FilterExpression)null!);
        var given = new FilterExpression(LogicalOperator.And);
        filter.AddFilter(given);

        Assert.Equal(new[] { child, given }, filter.Filters);
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
    }

    [Fact]
    public void FilterExpression_AddCondition_overloads_build_the_matching_condition()
    {
        var filter = new FilterExpression();
        var explicitCondition = new ConditionExpression("statecode", ConditionOperator.Equal, 0);

        filter.AddCondition("name", ConditionOperator.In, "a", "b");
        filter.AddCondition("c", "fullname", ConditionOperator.Like, "A%");
        filter.AddCondition("createdon", ConditionOperator.GreaterThan, true, new object[] { "modifiedon" });
        filter.AddCondition("c", "createdon", ConditionOperator.LessThan, true, new object[] { "modifiedon" });
        filter.AddCondition("revenue", ConditionOperator.Equal, true, (object)"budget");
        filter.AddCondition("c", "revenue", ConditionOperator.NotEqual, true, (object)"budget");
        filter.AddCondition(explicitCondition);

        ConditionExpression[] c = filter.Conditions.ToArray();
        Assert.Equal(7, c.Length);
        Assert.Equal(new object[] { "a", "b" }, c[0].Values);
        Assert.Equal(("c", "fullname", ConditionOperator.Like), (c[1].EntityName, c[1].AttributeName, c[1].Operator));
        Assert.True(c[2].CompareColumns);
        Assert.Equal(("c", true), (c[3].EntityName, c[3].CompareColumns));
        Assert.Equal(new object[] { "budget" }, c[4].Values);
        Assert.Equal(("c", true, ConditionOperator.NotEqual), (c[5].EntityName, c[5].CompareColumns, c[5].Operator));
        Assert.Same(explicitCondition, c[6]);
    }

    [Fact]
    public void ConditionExpression_overload_binding_decides_what_lands_in_Values()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var list = new List<int> { 1, 2, 3 };

        // Guid[] is not object[]: binds the ICollection overload, which flattens.
        Assert.Equal(ids.Cast<object>(), new ConditionExpression("accountid", ConditionOperator.In, ids).Values);
        Assert.Equal(new object[] { 1, 2, 3 }, new ConditionExpression("n", ConditionOperator.In, list).Values);
        // object[] binds params object[] in normal form: one value per element.
        Assert.Equal(new object[] { "a", "b" }, new ConditionExpression("name", ConditionOperator.In, new object[] { "a", "b" }).Values);
        // A single value binds the object overload.
        Assert.Equal(new object[] { 5 }, new ConditionExpression("n", ConditionOperator.Equal, 5).Values);
        Assert.Equal(new object[] { "x", "y" }, new ConditionExpression("name", ConditionOperator.In, "x", "y").Values);
        // A string is not an ICollection.
        Assert.Equal(new object[] { "abc" }, new ConditionExpression("name", ConditionOperator.Equal, "abc").Values);
    }

    [Fact]
    public void ConditionExpression_constructors_set_entity_attribute_operator_and_compare_columns()
    {
        var none = new ConditionExpression("statecode", ConditionOperator.Null);
        var scoped = new ConditionExpression("c", "statecode", ConditionOperator.NotNull);
        var scopedValue = new ConditionExpression("c", "name", ConditionOperator.Equal, (object)"A");
        var scopedValues = new ConditionExpression("c", "name", ConditionOperator.In, "A", "B");
        var columns = new ConditionExpression("c", "a", ConditionOperator.Equal, true, new object[] { "b" });
        var column = new ConditionExpression("c", "a", ConditionOperator.Equal, true, (object)"b");
        var unscopedColumn = new ConditionExpression("a", ConditionOperator.Equal, true, (object)"b");
        var unscopedColumns = new ConditionExpression("a", ConditionOperator.Equal, true, new object[] { "b" });

        Assert.Empty(none.Values);
        Assert.Null(none.EntityName);
        Assert.Equal(("c", "statecode", ConditionOperator.NotNull), (scoped.EntityName, scoped.AttributeName, scoped.Operator));
        Assert.Equal(new object[] { "A" }, scopedValue.Values);
        Assert.Equal(new object[] { "A", "B" }, scopedValues.Values);
        Assert.All(new[] { columns, column, unscopedColumn, unscopedColumns }, c => Assert.True(c.CompareColumns));
        Assert.All(new[] { columns, column, unscopedColumn, unscopedColumns }, c => Assert.Equal(new object[] { "b" }, c.Values));
        Assert.Equal("c", column.EntityName);
        Assert.Null(unscopedColumn.EntityName);
        Assert.Empty(new ConditionExpression().Values);
    }

    [Fact]
    public void ColumnSet_constructors_and_helpers()
    {
        var columns = new ColumnSet("name", "revenue");
        columns.AddColumn("statecode");
        columns.AddColumns("ownerid", "createdon");

        Assert.Equal(new[] { "name", "revenue", "statecode", "ownerid", "createdon" }, columns.Columns);
        Assert.False(columns.AllColumns);
        Assert.True(new ColumnSet(true).AllColumns);
        Assert.Empty(new ColumnSet().Columns);
        var replaced = new ColumnSet { Columns = null! };
        Assert.NotNull(replaced.Columns);
    }

    [Fact]
    public void QueryByAttribute_keeps_attributes_and_values_aligned()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name"), TopCount = 5 };

        query.AddAttributeValue("name", "Contoso");
        query.AddAttributeValue("statecode", 0);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(new[] { "name", "statecode" }, query.Attributes);
        Assert.Equal(new object[] { "Contoso", 0 }, query.Values);
        Assert.Equal(OrderType.Descending, Assert.Single(query.Orders).OrderType);
        Assert.Null(new QueryByAttribute().EntityName);
    }

    [Fact]
    public void Parameterless_QueryByAttribute_starts_with_an_empty_ColumnSet_and_PageInfo_like_the_real_one()
    {
        var query = new QueryByAttribute();

        Assert.NotNull(query.ColumnSet);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.NotNull(query.PageInfo);
        Assert.Equal(0, query.PageInfo.PageNumber);
    }

    [Fact]
    public void QueryByAttribute_by_name_sets_only_the_name_like_the_real_one()
    {
        // The real (string) constructor does not chain to (): ColumnSet and PageInfo stay null.
        var query = new QueryByAttribute("account");

        Assert.Equal("account", query.EntityName);
        Assert.Null(query.ColumnSet);
        Assert.Null(query.PageInfo);
    }

    [Fact]
    public void FetchExpression_holds_the_fetch_xml()
    {
        Assert.Equal("<fetch/>", new FetchExpression("<fetch/>").Query);
        Assert.Null(new FetchExpression().Query);
    }

    [Fact]
    public void QueryBase_cannot_be_subclassed_outside_the_SDK()
    {
        var accept = typeof(QueryBase).GetMethod("Accept", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

        Assert.True(accept.IsAbstract);
        Assert.True(accept.IsAssembly);
        Assert.False(accept.GetParameters()[0].ParameterType.IsPublic);
    }
}
