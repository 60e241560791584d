using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

public class QueryByAttributeAndFaultTests
{
    private readonly FakeSource source = FakeSource.Sales();

    public QueryByAttributeAndFaultTests()
    {
        source.Add("account", ("name", "Contoso"), ("numberofemployees", 10), ("accountnumber", "A-1"));
        source.Add("account", ("name", "Contoso"), ("numberofemployees", 20));
        source.Add("account", ("name", "Fabrikam"), ("numberofemployees", 10));
    }

    [Fact]
    public void QueryByAttribute_is_equality_on_every_pair()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
        query.AddAttributeValue("name", "contoso");
        query.AddAttributeValue("numberofemployees", 20);
        var match = Assert.Single(source.Run(query).Entities);
        Assert.Equal(20, match.GetAttributeValue<int>("numberofemployees"));
    }

    [Fact]
    public void QueryByAttribute_with_a_null_value_tests_for_null_and_honours_orders()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
        query.AddAttributeValue("accountnumber", null!);
        query.AddOrder("name", OrderType.Descending);
        Assert.Equal(new[] { "Fabrikam", "Contoso" }, source.Run(query).Names());
    }

    [Fact]
    public void QueryByAttribute_without_attributes_faults()
    {
        var fault = source.Fault(new QueryByAttribute("account"));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Unknown_table_faults_with_QueryBuilderNoEntity_naming_it()
    {
        var fault = source.Fault(new QueryExpression("hitl_missing"));
        Assert.Equal(QueryFaults.QueryBuilderNoEntityCode, fault.Detail.ErrorCode);
        Assert.Contains("hitl_missing", fault.Detail.Message);
        Assert.Equal(fault.Detail.Message, fault.Message);
    }

    [Theory]
    [InlineData("columnset")]
    [InlineData("condition")]
    [InlineData("order")]
    [InlineData("link")]
    public void Unknown_columns_fault_with_QueryBuilderNoAttribute_even_when_no_row_matches(string where)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "nobody");
        switch (where)
        {
            case "columnset": query.ColumnSet.AddColumn("hitl_ghost"); break;
            case "condition": query.Criteria.AddCondition("hitl_ghost", ConditionOperator.NotNull); break;
            case "order": query.AddOrder("hitl_ghost", OrderType.Ascending); break;
            case "link": query.AddLink("contact", "accountid", "parentcustomerid").Columns = new ColumnSet("hitl_ghost"); break;
        }
        var fault = source.Fault(query);
        Assert.Equal(QueryFaults.QueryBuilderNoAttributeCode, fault.Detail.ErrorCode);
        Assert.Contains("'hitl_ghost'", fault.Detail.Message);
    }

    [Fact]
    public void Nested_and_or_filters_combine_like_sql()
    {
        // name = Contoso AND (employees = 10 OR accountnumber is null)
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Contoso");
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("numberofemployees", ConditionOperator.Equal, 10);
        or.AddCondition("accountnumber", ConditionOperator.Null);
        Assert.Equal(2, source.Run(query).Entities.Count);

        // (name = Fabrikam) OR (name = Contoso AND employees = 20)
        var top = new QueryExpression("account") { ColumnSet = new ColumnSet("numberofemployees") };
        top.Criteria.FilterOperator = LogicalOperator.Or;
        top.Criteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");
        var and = top.Criteria.AddFilter(LogicalOperator.And);
        and.AddCondition("name", ConditionOperator.Equal, "Contoso");
        and.AddCondition("numberofemployees", ConditionOperator.Equal, 20);
        Assert.Equal(new[] { 10, 20 }, source.Run(top).Entities.Select(e => e.GetAttributeValue<int>("numberofemployees")).OrderBy(n => n));
    }
}
