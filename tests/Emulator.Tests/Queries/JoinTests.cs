using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

public class JoinTests
{
    private readonly FakeSource source = FakeSource.Sales();
    private readonly Entity ann;
    private readonly Entity bob;
    private readonly Entity contoso;
    private readonly Entity fabrikam;
    private readonly Entity lonely;

    public JoinTests()
    {
        ann = source.Add("systemuser", ("fullname", "Ann"));
        bob = source.Add("systemuser", ("fullname", "Bob"));
        contoso = source.Add("account", ("name", "Contoso"), ("ownerid", new EntityReference("systemuser", ann.Id)));
        fabrikam = source.Add("account", ("name", "Fabrikam"), ("ownerid", new EntityReference("systemuser", bob.Id)));
        lonely = source.Add("account", ("name", "Lonely"), ("ownerid", new EntityReference("systemuser", ann.Id)));
        source.Add("contact", ("fullname", "Carla"), ("jobtitle", "CEO"), ("parentcustomerid", contoso.ToEntityReference()));
        source.Add("contact", ("fullname", "Chris"), ("jobtitle", "CFO"), ("parentcustomerid", contoso.ToEntityReference()));
        source.Add("contact", ("fullname", "Fiona"), ("jobtitle", "CEO"), ("parentcustomerid", fabrikam.ToEntityReference()));
    }

    private static QueryExpression AccountsWithContacts(JoinOperator join)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        var link = query.AddLink("contact", "accountid", "parentcustomerid", join);
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");
        link.Orders.Add(new OrderExpression("fullname", OrderType.Ascending));
        return query;
    }

    private static List<string> Pairs(EntityCollection result) => result.Entities
        .Select(e => e.GetAttributeValue<string>("name") + ":" + (e.GetAttributeValue<AliasedValue>("c.fullname")?.Value ?? "-"))
        .ToList();

    [Fact]
    public void Inner_join_returns_one_row_per_match_with_aliased_columns()
    {
        var result = source.Run(AccountsWithContacts(JoinOperator.Inner));
        Assert.Equal(new[] { "Contoso:Carla", "Contoso:Chris", "Fabrikam:Fiona" }, Pairs(result));
        var aliased = result.Entities[0].GetAttributeValue<AliasedValue>("c.fullname");
        Assert.Equal("contact", aliased.EntityLogicalName);
        Assert.Equal("fullname", aliased.AttributeLogicalName);
        Assert.Equal(contoso.Id, result.Entities[0].Id);
    }

    [Fact]
    public void Left_outer_join_keeps_rows_without_a_match()
    {
        var result = source.Run(AccountsWithContacts(JoinOperator.LeftOuter));
        Assert.Equal(new[] { "Contoso:Carla", "Contoso:Chris", "Fabrikam:Fiona", "Lonely:-" }, Pairs(result));
        Assert.False(result.Entities[3].Contains("c.fullname"));
    }

    [Fact]
    public void Outer_join_with_a_null_condition_finds_rows_without_children()
    {
        var query = AccountsWithContacts(JoinOperator.LeftOuter);
        query.Criteria.AddCondition("c", "contactid", ConditionOperator.Null);
        Assert.Equal(new[] { "Lonely:-" }, Pairs(source.Run(query)));
    }

    [Fact]
    public void Link_criteria_restrict_the_joined_rows_and_outer_joins_keep_the_parent()
    {
        var inner = AccountsWithContacts(JoinOperator.Inner);
        inner.LinkEntities[0].LinkCriteria.AddCondition("jobtitle", ConditionOperator.Equal, "CEO");
        Assert.Equal(new[] { "Contoso:Carla", "Fabrikam:Fiona" }, Pairs(source.Run(inner)));

        var outer = AccountsWithContacts(JoinOperator.LeftOuter);
        outer.LinkEntities[0].LinkCriteria.AddCondition("jobtitle", ConditionOperator.Equal, "CFO");
        Assert.Equal(new[] { "Contoso:Chris", "Fabrikam:-", "Lonely:-" }, Pairs(source.Run(outer)));
    }

    [Fact]
    public void Conditions_on_link_columns_use_the_alias_in_EntityName()
    {
        var query = AccountsWithContacts(JoinOperator.Inner);
        query.Criteria.AddCondition("c", "jobtitle", ConditionOperator.Equal, "CFO");
        Assert.Equal(new[] { "Contoso:Chris" }, Pairs(source.Run(query)));
    }

    [Fact]
    public void Nested_links_join_from_the_parent_link()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.AddOrder("fullname", OrderType.Ascending);
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.EntityAlias = "a";
        var owner = account.AddLink("systemuser", "ownerid", "systemuserid");
        owner.EntityAlias = "u";
        owner.Columns = new ColumnSet("fullname");
        owner.LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Ann");

        var result = source.Run(query);
        Assert.Equal(new[] { "Carla", "Chris" }, result.Names("fullname"));
        Assert.All(result.Entities, e => Assert.Equal("Ann", e.GetAttributeValue<AliasedValue>("u.fullname").Value));
    }

    [Fact]
    public void Unaliased_links_are_named_table_plus_position_in_the_query()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.Columns = new ColumnSet("name");
        var owner = account.AddLink("systemuser", "ownerid", "systemuserid");
        owner.Columns = new ColumnSet("fullname");
        query.Criteria.AddCondition("fullname", ConditionOperator.Equal, "Fiona");

        var fiona = Assert.Single(source.Run(query).Entities);
        Assert.Equal("Fabrikam", fiona.GetAttributeValue<AliasedValue>("account1.name").Value);
        Assert.Equal("Bob", fiona.GetAttributeValue<AliasedValue>("systemuser2.fullname").Value);
    }

    [Fact]
    public void Conditions_may_name_an_unaliased_link_by_its_table()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("systemuser", "ownerid", "systemuserid");
        query.Criteria.AddCondition("systemuser", "fullname", ConditionOperator.Equal, "Bob");
        Assert.Equal(new[] { "Fabrikam" }, source.Run(query).Names());
    }

    [Fact]
    public void Exists_and_NotAny_filter_the_parent_without_duplicating_it()
    {
        List<string?> Run(JoinOperator join)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("name", OrderType.Ascending);
            var link = query.AddLink("contact", "accountid", "parentcustomerid", join);
            link.LinkCriteria.AddCondition("jobtitle", ConditionOperator.Like, "C%");
            return source.Run(query).Names();
        }

        Assert.Equal(new[] { "Contoso", "Fabrikam" }, Run(JoinOperator.Exists));
        Assert.Equal(new[] { "Contoso", "Fabrikam" }, Run(JoinOperator.Any));
        Assert.Equal(new[] { "Lonely" }, Run(JoinOperator.NotAny));
    }

    [Fact]
    public void Rows_the_caller_cannot_read_are_invisible_also_as_link_rows()
    {
        source.ReadRule = (table, row) => table != "contact" || row.GetAttributeValue<string>("fullname") != "Carla";
        Assert.Equal(new[] { "Contoso:Chris", "Fabrikam:Fiona" }, Pairs(source.Run(AccountsWithContacts(JoinOperator.Inner))));
    }

    [Fact]
    public void Returned_values_are_copies_of_the_stored_ones()
    {
        var result = source.Run(new QueryExpression("account") { ColumnSet = new ColumnSet("ownerid") });
        result.Entities[0].GetAttributeValue<EntityReference>("ownerid").Id = Guid.Empty;
        result.Entities[0]["ownerid"] = null;
        Assert.NotEqual(Guid.Empty, source.Run(new QueryExpression("account") { ColumnSet = new ColumnSet("ownerid") })
            .Entities.Select(e => e.GetAttributeValue<EntityReference>("ownerid").Id).First());
        Assert.All(new[] { contoso, fabrikam, lonely }, a => Assert.NotEqual(Guid.Empty, a.GetAttributeValue<EntityReference>("ownerid").Id));
    }

    [Fact]
    public void Unsupported_join_operators_fault_naming_them()
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.All);
        var fault = source.Fault(query);
        Assert.Contains("All", fault.Detail.Message);
    }

    [Fact]
    public void A_link_on_an_unknown_column_faults()
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "accountid", "parentaccount");
        var fault = source.Fault(query);
        Assert.Equal(QueryFaults.QueryBuilderNoAttributeCode, fault.Detail.ErrorCode);
        Assert.Contains("parentaccount", fault.Detail.Message);
    }

    [Fact]
    public void Joining_a_large_table_reads_each_table_once()
    {
        var big = FakeSource.Sales();
        var owner = big.Add("systemuser", ("fullname", "Owner"));
        for (var i = 0; i < 20000; i++)
        {
            big.Add("account", ("name", "A" + i), ("ownerid", new EntityReference("systemuser", owner.Id)));
        }
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("systemuser", "ownerid", "systemuserid").Columns = new ColumnSet("fullname");

        var result = big.Run(query);
        Assert.Equal(5000, result.Entities.Count);
        Assert.True(result.MoreRecords);
        Assert.Equal(2, big.RowsCalls);
    }
}
