using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

public class OrderingAndPagingTests
{
    private readonly FakeSource source = FakeSource.Sales();

    private QueryExpression Accounts(params (string Column, OrderType Type)[] orders)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
        foreach (var (column, type) in orders)
        {
            query.AddOrder(column, type);
        }
        return query;
    }

    [Fact]
    public void Orders_apply_in_sequence_with_nulls_first_ascending_and_last_descending()
    {
        source.Add("account", ("name", "b"), ("numberofemployees", 5));
        source.Add("account", ("name", "a"), ("numberofemployees", 5));
        source.Add("account", ("name", "c"));
        source.Add("account", ("name", "d"), ("numberofemployees", 1));

        Assert.Equal(new[] { "c", "d", "a", "b" }, source.Run(Accounts(("numberofemployees", OrderType.Ascending), ("name", OrderType.Ascending))).Names());
        Assert.Equal(new[] { "b", "a", "d", "c" }, source.Run(Accounts(("numberofemployees", OrderType.Descending), ("name", OrderType.Descending))).Names());
    }

    [Fact]
    public void Lookups_order_by_the_referenced_rows_name()
    {
        var zed = source.Add("systemuser", ("fullname", "Zed"));
        var amy = source.Add("systemuser", ("fullname", "Amy"));
        source.Add("account", ("name", "owned by zed"), ("ownerid", new EntityReference("systemuser", zed.Id)));
        source.Add("account", ("name", "owned by amy"), ("ownerid", new EntityReference("systemuser", amy.Id)));
        Assert.Equal(new[] { "owned by amy", "owned by zed" }, source.Run(Accounts(("ownerid", OrderType.Ascending))).Names());
    }

    [Fact]
    public void Orders_on_link_entity_columns_sort_the_rows_and_return_no_paging_cookie()
    {
        var zed = source.Add("systemuser", ("fullname", "Zed"));
        var amy = source.Add("systemuser", ("fullname", "Amy"));
        source.Add("account", ("name", "first"), ("ownerid", new EntityReference("systemuser", zed.Id)));
        source.Add("account", ("name", "second"), ("ownerid", new EntityReference("systemuser", amy.Id)));
        var query = Accounts();
        query.AddLink("systemuser", "ownerid", "systemuserid").EntityAlias = "owner";
        query.Orders.Add(new OrderExpression("fullname", OrderType.Descending, null!, "owner"));

        var result = source.Run(query);
        Assert.Equal(new[] { "first", "second" }, result.Names());
        Assert.Null(result.PagingCookie);
    }

    [Fact]
    public void TopCount_limits_the_rows()
    {
        for (var i = 0; i < 10; i++)
        {
            source.Add("account", ("name", "n" + i), ("numberofemployees", i));
        }
        var query = Accounts(("numberofemployees", OrderType.Descending));
        query.TopCount = 3;
        var result = source.Run(query);
        Assert.Equal(new[] { "n9", "n8", "n7" }, result.Names());
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void Distinct_removes_duplicate_rows_and_does_not_return_the_primary_key()
    {
        source.Add("account", ("name", "same"), ("numberofemployees", 1));
        source.Add("account", ("name", "SAME"), ("numberofemployees", 1));
        source.Add("account", ("name", "other"), ("numberofemployees", 1));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddOrder("name", OrderType.Ascending);

        var result = source.Run(query);
        // "same" and "SAME" are one value under the case-insensitive collation; either spelling may come back.
        Assert.Equal(new[] { "other", "same" }, result.Names().Select(n => n!.ToLowerInvariant()));
        Assert.All(result.Entities, e => Assert.Equal(Guid.Empty, e.Id));
        Assert.All(result.Entities, e => Assert.False(e.Contains("accountid")));
    }

    [Fact]
    public void The_primary_key_is_always_returned_as_Id_and_attribute()
    {
        var stored = source.Add("account", ("name", "x"), ("numberofemployees", 3));
        var entity = Assert.Single(source.Run(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities);
        Assert.Equal(stored.Id, entity.Id);
        Assert.Equal(stored.Id, entity.GetAttributeValue<Guid>("accountid"));
        Assert.False(entity.Contains("numberofemployees"));
    }

    [Fact]
    public void Formatted_values_come_from_the_data_source()
    {
        source.Add("account", ("name", "x"), ("industrycode", new OptionSetValue(741200002)), ("donotemail", true));
        var entity = Assert.Single(source.Run(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }).Entities);
        Assert.Equal("Label 741200002", entity.FormattedValues["industrycode"]);
        Assert.Equal("Yes", entity.FormattedValues["donotemail"]);
    }

    private void AddNumbered(int count)
    {
        for (var i = 0; i < count; i++)
        {
            source.Add("account", ("name", "a" + i.ToString("D5")), ("numberofemployees", i));
        }
    }

    [Fact]
    public void Paging_over_more_than_5000_rows_with_cookies_returns_every_row_once_in_order()
    {
        AddNumbered(12345);
        var query = Accounts(("numberofemployees", OrderType.Ascending));
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = 5000 };
        var seen = new List<int>();
        var pages = 0;
        while (true)
        {
            var result = source.Run(query);
            pages++;
            seen.AddRange(result.Entities.Select(e => e.GetAttributeValue<int>("numberofemployees")));
            if (!result.MoreRecords)
            {
                break;
            }
            Assert.Contains("<cookie page=", result.PagingCookie);
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = result.PagingCookie;
        }
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 12345), seen);
    }

    [Fact]
    public void A_paging_cookie_continues_after_its_last_row_even_when_earlier_rows_were_deleted()
    {
        AddNumbered(30);
        var query = Accounts(("numberofemployees", OrderType.Ascending));
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = 10 };
        var first = source.Run(query);
        source.ReadRule = (_, row) => row.GetAttributeValue<int>("numberofemployees") != 0; // "deleted" from page 1

        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        Assert.Equal(Enumerable.Range(10, 10), source.Run(query).Entities.Select(e => e.GetAttributeValue<int>("numberofemployees")));

        query.PageInfo.PagingCookie = null;
        Assert.Equal(Enumerable.Range(11, 10), source.Run(query).Entities.Select(e => e.GetAttributeValue<int>("numberofemployees")));
    }

    [Fact]
    public void Pages_are_capped_at_5000_rows_and_default_to_5000()
    {
        AddNumbered(6000);
        var capped = Accounts();
        capped.PageInfo = new PagingInfo { PageNumber = 1, Count = 9000 };
        Assert.Equal(5000, source.Run(capped).Entities.Count);

        var unpaged = source.Run(Accounts());
        Assert.Equal(5000, unpaged.Entities.Count);
        Assert.True(unpaged.MoreRecords);
    }

    [Fact]
    public void Total_record_count_is_returned_when_asked_and_capped_at_5000()
    {
        AddNumbered(5001);
        var query = Accounts();
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = 10, ReturnTotalRecordCount = true };
        var result = source.Run(query);
        Assert.Equal(5000, result.TotalRecordCount);
        Assert.True(result.TotalRecordCountLimitExceeded);

        query.Criteria.AddCondition("numberofemployees", ConditionOperator.LessThan, 42);
        result = source.Run(query);
        Assert.Equal(42, result.TotalRecordCount);
        Assert.False(result.TotalRecordCountLimitExceeded);

        query.PageInfo.ReturnTotalRecordCount = false;
        Assert.Equal(-1, source.Run(query).TotalRecordCount);
    }

    [Fact]
    public void TopCount_with_paging_faults_with_InvalidArgument()
    {
        var query = Accounts();
        query.TopCount = 5;
        query.PageInfo = new PagingInfo { PageNumber = 2, Count = 5 };
        var fault = source.Fault(query);
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
        Assert.Contains("TopCount", fault.Detail.Message);
        Assert.Contains("paging", fault.Detail.Message);
    }

    [Fact]
    public void TopCount_with_the_default_empty_PageInfo_is_fine()
    {
        AddNumbered(3);
        var query = Accounts();
        query.TopCount = 2;
        Assert.Equal(2, source.Run(query).Entities.Count);
    }
}
