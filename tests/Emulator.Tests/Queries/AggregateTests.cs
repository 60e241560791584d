using System.ServiceModel;
using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Queries;

public class AggregateTests
{
    private readonly FakeSource source = FakeSource.Sales();
    private readonly Entity ann;
    private readonly Entity bob;

    public AggregateTests()
    {
        ann = source.Add("systemuser", ("fullname", "Ann"));
        bob = source.Add("systemuser", ("fullname", "Bob"));
        Account("A", ann, 741200000, 10, 100m, 1.5, new DateTime(2024, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        Account("B", ann, 741200000, 20, 300m, 2.5, new DateTime(2024, 2, 10, 0, 0, 0, DateTimeKind.Utc));
        Account("C", bob, 741200001, 30, 500m, null, new DateTime(2024, 5, 10, 0, 0, 0, DateTimeKind.Utc));
        Account("D", bob, 741200000, null, null, null, new DateTime(2023, 5, 20, 0, 0, 0, DateTimeKind.Utc));
    }

    private void Account(string name, Entity owner, int industry, int? employees, decimal? revenue, double? rating, DateTime created) =>
        source.Add("account", ("name", name), ("ownerid", new EntityReference("systemuser", owner.Id)),
            ("industrycode", new OptionSetValue(industry)), ("numberofemployees", employees),
            ("revenue", revenue is null ? null : new Money(revenue.Value)), ("rating", rating), ("createdon", created),
            ("creditlimit", revenue));

    private static T Value<T>(Entity entity, string alias) => (T)entity.GetAttributeValue<AliasedValue>(alias).Value;

    [Fact]
    public void Every_aggregate_function_over_the_whole_table()
    {
        var result = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='accountid' alias='rows' aggregate='count' />
            <attribute name='numberofemployees' alias='withsize' aggregate='countcolumn' />
            <attribute name='ownerid' alias='owners' aggregate='countcolumn' distinct='true' />
            <attribute name='revenue' alias='total' aggregate='sum' />
            <attribute name='revenue' alias='average' aggregate='avg' />
            <attribute name='numberofemployees' alias='people' aggregate='sum' />
            <attribute name='numberofemployees' alias='avgpeople' aggregate='avg' />
            <attribute name='creditlimit' alias='smallest' aggregate='min' />
            <attribute name='rating' alias='best' aggregate='max' />
            <attribute name='createdon' alias='firstcreated' aggregate='min' />
            </entity></fetch>");

        var row = Assert.Single(result.Entities);
        Assert.Equal(4, Value<int>(row, "rows"));
        Assert.Equal(3, Value<int>(row, "withsize"));
        Assert.Equal(2, Value<int>(row, "owners"));
        Assert.Equal(900m, Value<Money>(row, "total").Value);
        Assert.Equal(300m, Value<Money>(row, "average").Value);
        Assert.Equal(60, Value<int>(row, "people"));
        Assert.Equal(20m, Value<decimal>(row, "avgpeople"));
        Assert.Equal(100m, Value<decimal>(row, "smallest"));
        Assert.Equal(2.5, Value<double>(row, "best"));
        Assert.Equal(new DateTime(2023, 5, 20, 0, 0, 0, DateTimeKind.Utc), Value<DateTime>(row, "firstcreated"));
        Assert.Equal("account", row.GetAttributeValue<AliasedValue>("total").EntityLogicalName);
        Assert.Equal("revenue", row.GetAttributeValue<AliasedValue>("total").AttributeLogicalName);
    }

    [Fact]
    public void Group_by_a_lookup_and_an_option_set_returns_the_sdk_types_ordered_by_alias()
    {
        var result = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='ownerid' alias='owner' groupby='true' />
            <attribute name='industrycode' alias='industry' groupby='true' />
            <attribute name='accountid' alias='n' aggregate='count' />
            <order alias='n' descending='true' />
            </entity></fetch>");

        var groups = result.Entities.Select(e => (Value<EntityReference>(e, "owner").Id, Value<OptionSetValue>(e, "industry").Value, Value<int>(e, "n"))).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal((ann.Id, 741200000, 2), groups[0]);
        Assert.Contains((bob.Id, 741200000, 1), groups);
        Assert.Contains((bob.Id, 741200001, 1), groups);
        Assert.Equal("Label 741200000", result.Entities[0].FormattedValues["industry"]);
    }

    [Fact]
    public void Date_grouping_by_year_month_quarter_week_and_day()
    {
        var result = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='createdon' alias='year' groupby='true' dategrouping='year' />
            <attribute name='createdon' alias='quarter' groupby='true' dategrouping='quarter' />
            <attribute name='revenue' alias='total' aggregate='sum' />
            <order alias='year' /><order alias='quarter' />
            </entity></fetch>");
        var rows = result.Entities.Select(e => (Value<int>(e, "year"), Value<int>(e, "quarter"), e.Contains("total") ? Value<Money>(e, "total").Value : (decimal?)null)).ToList();
        Assert.Equal(new (int, int, decimal?)[] { (2023, 2, null), (2024, 1, 400m), (2024, 2, 500m) }, rows);

        var byMonth = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='createdon' alias='month' groupby='true' dategrouping='month' />
            <attribute name='createdon' alias='week' groupby='true' dategrouping='week' />
            <attribute name='createdon' alias='day' groupby='true' dategrouping='day' />
            <attribute name='accountid' alias='n' aggregate='count' />
            <filter><condition attribute='name' operator='eq' value='C' /></filter>
            </entity></fetch>");
        var c = Assert.Single(byMonth.Entities);
        Assert.Equal(5, Value<int>(c, "month"));
        Assert.Equal(19, Value<int>(c, "week")); // Friday 10 May 2024 is in SQL DATEPART(week) 19
        Assert.Equal(10, Value<int>(c, "day"));
    }

    [Fact]
    public void Aggregates_group_over_link_entity_columns()
    {
        var result = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='revenue' alias='total' aggregate='sum' />
            <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='u'>
              <attribute name='fullname' alias='owner' groupby='true' />
            </link-entity>
            <order alias='owner' />
            </entity></fetch>");
        Assert.Equal(new[] { ("Ann", 400m), ("Bob", 500m) },
            result.Entities.Select(e => (Value<string>(e, "owner"), Value<Money>(e, "total").Value)));
    }

    [Fact]
    public void Count_over_no_rows_is_zero_and_group_by_over_no_rows_is_empty()
    {
        var count = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='accountid' alias='n' aggregate='count' /><attribute name='revenue' alias='total' aggregate='sum' />
            <filter><condition attribute='name' operator='eq' value='nobody' /></filter></entity></fetch>");
        var row = Assert.Single(count.Entities);
        Assert.Equal(0, Value<int>(row, "n"));
        Assert.False(row.Contains("total"));

        var grouped = source.Fetch(@"<fetch aggregate='true'><entity name='account'>
            <attribute name='ownerid' alias='owner' groupby='true' /><attribute name='accountid' alias='n' aggregate='count' />
            <filter><condition attribute='name' operator='eq' value='nobody' /></filter></entity></fetch>");
        Assert.Empty(grouped.Entities);
    }

    [Fact]
    public void The_aggregate_limit_counts_the_rows_the_aggregate_scans()
    {
        const string countAll = "<entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>";
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => source.Fetch("<fetch aggregate='true' aggregatelimit='3'>" + countAll));
        Assert.Equal(QueryFaults.AggregateQueryRecordLimitCode, fault.Detail.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Detail.Message);

        Assert.Equal(4, Value<int>(source.Fetch("<fetch aggregate='true' aggregatelimit='4'>" + countAll).Entities[0], "n"));
        var filtered = source.Fetch("<fetch aggregate='true' aggregatelimit='3'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' />" +
            "<filter><condition attribute='name' operator='ne' value='A' /></filter></entity></fetch>");
        Assert.Equal(3, Value<int>(filtered.Entities[0], "n"));
    }

    [Fact]
    public void The_default_aggregate_limit_is_50000_rows()
    {
        for (var i = 0; i < 50000 - 4; i++)
        {
            source.Add("account", ("name", "bulk"));
        }
        const string fetch = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /></entity></fetch>";
        Assert.Equal(50000, Value<int>(source.Fetch(fetch).Entities[0], "n"));
        source.Add("account", ("name", "one too many"));
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => source.Fetch(fetch));
        Assert.Equal(QueryFaults.AggregateQueryRecordLimitCode, fault.Detail.ErrorCode);
    }

    [Theory]
    [InlineData("<attribute name='name' alias='s' aggregate='sum' />", "number or currency")]
    [InlineData("<attribute name='revenue' aggregate='sum' />", "needs an alias")]
    [InlineData("<attribute name='revenue' alias='r' />", "either aggregate or groupby")]
    [InlineData("<attribute name='createdon' alias='p' groupby='true' dategrouping='fiscal-period' />", "fiscal-period")]
    [InlineData("<attribute name='revenue' alias='r' aggregate='median' />", "median")]
    [InlineData("<attribute name='revenue' alias='r' aggregate='sum' /><order attribute='revenue' />", "alias")]
    public void Invalid_aggregate_queries_fault_with_a_clear_message(string body, string named)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            source.Fetch($"<fetch aggregate='true'><entity name='account'>{body}</entity></fetch>"));
        Assert.Contains(named, fault.Detail.Message);
    }
}
