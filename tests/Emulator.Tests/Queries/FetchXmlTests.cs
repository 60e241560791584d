using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

public class FetchXmlTests
{
    private readonly FakeSource source = FakeSource.Sales();

    public FetchXmlTests()
    {
        var ann = source.Add("systemuser", ("fullname", "Ann"));
        source.Add("account", ("name", "Contoso"), ("numberofemployees", 50), ("revenue", new Money(10m)), ("donotemail", true),
            ("industrycode", new OptionSetValue(741200000)), ("createdon", new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc)),
            ("ownerid", new EntityReference("systemuser", ann.Id)));
        source.Add("account", ("name", "Fabrikam"), ("numberofemployees", 5), ("revenue", new Money(20m)), ("donotemail", false),
            ("industrycode", new OptionSetValue(741200001)), ("createdon", new DateTime(2023, 1, 1, 9, 0, 0, DateTimeKind.Utc)));
        source.Add("account", ("name", "Litware"), ("numberofemployees", 500));
    }

    [Theory]
    [InlineData("<condition attribute='numberofemployees' operator='gt' value='10' />", "Contoso,Litware")]
    [InlineData("<condition attribute='numberofemployees' operator='in'><value>5</value><value>500</value></condition>", "Fabrikam,Litware")]
    [InlineData("<condition attribute='numberofemployees' operator='between'><value>5</value><value>50</value></condition>", "Contoso,Fabrikam")]
    [InlineData("<condition attribute='donotemail' operator='eq' value='1' />", "Contoso")]
    [InlineData("<condition attribute='donotemail' operator='eq' value='false' />", "Fabrikam")]
    [InlineData("<condition attribute='industrycode' operator='eq' value='741200001' />", "Fabrikam")]
    [InlineData("<condition attribute='revenue' operator='ge' value='15.5' />", "Fabrikam")]
    [InlineData("<condition attribute='createdon' operator='on-or-after' value='2024-01-01' />", "Contoso")]
    [InlineData("<condition attribute='name' operator='like' value='%R%' />", "Fabrikam,Litware")]
    [InlineData("<condition attribute='name' operator='not-begin-with' value='c' />", "Fabrikam,Litware")]
    [InlineData("<condition attribute='revenue' operator='null' />", "Litware")]
    [InlineData("<condition attribute='ownerid' operator='not-null' />", "Contoso")]
    [InlineData("<filter type='or'><condition attribute='name' operator='eq' value='Litware' /><filter><condition attribute='donotemail' operator='eq' value='0' /><condition attribute='numberofemployees' operator='lt' value='10' /></filter></filter>", "Fabrikam,Litware")]
    public void Conditions_convert_text_values_through_the_column_type(string filter, string expected)
    {
        var fetch = $"<fetch><entity name='account'><attribute name='name' /><order attribute='name' /><filter>{filter}</filter></entity></fetch>";
        Assert.Equal(expected, string.Join(",", source.Fetch(fetch).Names()));
    }

    [Fact]
    public void Lookup_values_and_entityname_conditions_on_link_entities()
    {
        var ann = source.Run(new QueryExpression("systemuser") { ColumnSet = new ColumnSet(true) }).Entities[0].Id;
        var byId = source.Fetch($"<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='ownerid' operator='eq' value='{ann:B}' /></filter></entity></fetch>");
        Assert.Equal(new[] { "Contoso" }, byId.Names());

        var byLink = source.Fetch(@"<fetch><entity name='account'><attribute name='name' />
            <link-entity name='systemuser' from='systemuserid' to='ownerid' alias='u' link-type='outer'><attribute name='fullname' /></link-entity>
            <filter><condition entityname='u' attribute='fullname' operator='eq' value='Ann' /></filter></entity></fetch>");
        var contoso = Assert.Single(byLink.Entities);
        Assert.Equal("Ann", contoso.GetAttributeValue<AliasedValue>("u.fullname").Value);
    }

    [Fact]
    public void No_attribute_elements_returns_all_columns()
    {
        var all = source.Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='eq' value='Contoso' /></filter></entity></fetch>");
        var contoso = Assert.Single(all.Entities);
        Assert.Equal(50, contoso.GetAttributeValue<int>("numberofemployees"));
        Assert.Equal(10m, contoso.GetAttributeValue<Money>("revenue").Value);
    }

    [Fact]
    public void Fetch_paging_attributes_page_the_result()
    {
        var page2 = source.Fetch("<fetch count='2' page='2' returntotalrecordcount='true'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>");
        Assert.Equal(new[] { "Litware" }, page2.Names());
        Assert.False(page2.MoreRecords);
        Assert.Equal(3, page2.TotalRecordCount);
    }

    [Fact]
    public void Fetch_top_and_distinct()
    {
        var top = source.Fetch("<fetch top='1'><entity name='account'><attribute name='name' /><order attribute='numberofemployees' descending='true' /></entity></fetch>");
        Assert.Equal(new[] { "Litware" }, top.Names());

        source.Add("account", ("name", "Contoso"));
        var distinct = source.Fetch("<fetch distinct='true'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>");
        Assert.Equal(new[] { "Contoso", "Fabrikam", "Litware" }, distinct.Names());
    }

    [Fact]
    public void Fetch_top_with_paging_faults()
    {
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            source.Fetch("<fetch top='5' page='2' count='5'><entity name='account' /></fetch>"));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
    }

    [Theory]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='name' operator='sounds-like' value='x' /></filter></entity></fetch>", "sounds-like")]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='accountid' operator='under' value='{00000000-0000-0000-0000-000000000001}' /></filter></entity></fetch>", "Under")]
    [InlineData("<fetch><entity name='account'><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='sideways' /></entity></fetch>", "sideways")]
    [InlineData("<fetch><entity name='account'><unknown-element /></entity></fetch>", "unknown-element")]
    [InlineData("<fetch shape='round'><entity name='account' /></fetch>", "shape")]
    [InlineData("<fetch><entity name='account'><attribute name='name' alias='n' /></entity></fetch>", "aggregate='true'")]
    [InlineData("<fetch><entity name='account'>", "well-formed")]
    public void Unsupported_or_invalid_fetchxml_faults_naming_the_construct(string fetch, string named)
    {
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => source.Fetch(fetch));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
        Assert.Contains(named, fault.Detail.Message);
    }

    [Fact]
    public void Unknown_table_and_column_fault_with_query_builder_codes()
    {
        var table = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            source.Fetch("<fetch><entity name='hitl_nothing' /></fetch>"));
        Assert.Equal(QueryFaults.QueryBuilderNoEntityCode, table.Detail.ErrorCode);
        Assert.Contains("hitl_nothing", table.Detail.Message);

        var column = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            source.Fetch("<fetch><entity name='account'><attribute name='hitl_score' /></entity></fetch>"));
        Assert.Equal(QueryFaults.QueryBuilderNoAttributeCode, column.Detail.ErrorCode);
        Assert.Contains("hitl_score", column.Detail.Message);
    }
}
