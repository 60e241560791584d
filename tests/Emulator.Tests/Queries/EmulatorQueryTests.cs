using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

/// <summary>
/// RetrieveMultiple through the emulator's own data source: the engine filters on views of the stored rows, and only
/// returned rows are copied, named (EntityReference.Name) and formatted — exactly as Retrieve returns them.
/// </summary>
public class EmulatorQueryTests
{
    private static (DataverseEmulator Emulator, IOrganizationService Service, Guid Widget, Guid Part) Seed()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var widget = service.Create(new Entity("hitl_widget")
        {
            ["hitl_name"] = "Epsilon",
            ["hitl_category"] = new OptionSetValue(741200001),
            ["hitl_isurgent"] = true,
        });
        service.CreateWidget("Other");
        var part = service.Create(new Entity("hitl_part")
        {
            ["hitl_name"] = "bolt",
            ["hitl_serial"] = "B-1",
            ["hitl_widgetid"] = new EntityReference("hitl_widget", widget) { Name = "stale name from the caller" },
        });
        return (emulator, service, widget, part);
    }

    [Fact]
    public void Returned_rows_carry_the_same_values_and_formatted_values_as_Retrieve()
    {
        var (_, service, widget, _) = Seed();
        var query = new QueryExpression("hitl_widget") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("hitl_name", ConditionOperator.Equal, "Epsilon");

        var queried = Assert.Single(service.RetrieveMultiple(query).Entities);
        var retrieved = service.Retrieve("hitl_widget", widget, new ColumnSet(true));

        Assert.Equal(widget, queried.Id);
        Assert.Equal("Premium", queried.FormattedValues["hitl_category"]);
        Assert.Equal("Urgent", queried.FormattedValues["hitl_isurgent"]);
        Assert.Equal("Active", queried.FormattedValues["statecode"]);
        Assert.Equal(retrieved.FormattedValues.OrderBy(f => f.Key, StringComparer.Ordinal),
                     queried.FormattedValues.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(retrieved.Attributes.Select(a => a.Key).Order(StringComparer.Ordinal),
                     queried.Attributes.Select(a => a.Key).Order(StringComparer.Ordinal));
        var owner = queried.GetAttributeValue<EntityReference>("ownerid");
        Assert.Equal(retrieved.GetAttributeValue<EntityReference>("ownerid").Name, owner.Name);
        Assert.False(string.IsNullOrEmpty(owner.Name));
    }

    [Fact]
    public void Lookups_are_named_from_the_referenced_row_also_through_links_and_group_by()
    {
        var (_, service, widget, _) = Seed();
        var query = new QueryExpression("hitl_part") { ColumnSet = new ColumnSet("hitl_name", "hitl_widgetid") };
        var link = query.AddLink("hitl_widget", "hitl_widgetid", "hitl_widgetid");
        link.EntityAlias = "w";
        link.Columns = new ColumnSet("hitl_name", "hitl_category");

        var part = Assert.Single(service.RetrieveMultiple(query).Entities);
        Assert.Equal("Epsilon", part.GetAttributeValue<EntityReference>("hitl_widgetid").Name);
        Assert.Equal("Epsilon", part.FormattedValues["hitl_widgetid"]);
        Assert.Equal("Epsilon", part.GetAttributeValue<AliasedValue>("w.hitl_name").Value);
        Assert.Equal("Premium", part.FormattedValues["w.hitl_category"]);

        service.Update(new Entity("hitl_widget", widget) { ["hitl_name"] = "Renamed" });
        var renamed = Assert.Single(service.RetrieveMultiple(query).Entities);
        Assert.Equal("Renamed", renamed.GetAttributeValue<EntityReference>("hitl_widgetid").Name);

        var groups = service.RetrieveMultiple(new FetchExpression(
            """
            <fetch aggregate="true">
              <entity name="hitl_part">
                <attribute name="hitl_partid" alias="parts" aggregate="count" />
                <attribute name="hitl_widgetid" alias="widget" groupby="true" />
              </entity>
            </fetch>
            """));
        var group = Assert.Single(groups.Entities);
        var reference = Assert.IsType<EntityReference>(group.GetAttributeValue<AliasedValue>("widget").Value);
        Assert.Equal(widget, reference.Id);
        Assert.Equal("Renamed", reference.Name);
        Assert.Equal("Renamed", group.FormattedValues["widget"]);
    }

    [Fact]
    public void Returned_values_are_copies_the_caller_may_change()
    {
        var (emulator, service, widget, part) = Seed();
        var query = new QueryExpression("hitl_part") { ColumnSet = new ColumnSet(true) };

        var first = Assert.Single(service.RetrieveMultiple(query).Entities);
        first.GetAttributeValue<EntityReference>("hitl_widgetid").Id = Guid.NewGuid();
        first.GetAttributeValue<EntityReference>("hitl_widgetid").Name = "changed";
        first.GetAttributeValue<OptionSetValue>("statecode").Value = 1;
        first["hitl_name"] = "changed";

        var second = Assert.Single(service.RetrieveMultiple(query).Entities);
        Assert.Equal(widget, second.GetAttributeValue<EntityReference>("hitl_widgetid").Id);
        Assert.Equal("Epsilon", second.GetAttributeValue<EntityReference>("hitl_widgetid").Name);
        Assert.Equal(0, second.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal("bolt", second["hitl_name"]);
        Assert.Equal(widget, emulator.Find("hitl_part", part)!.GetAttributeValue<EntityReference>("hitl_widgetid").Id);
    }

    [Fact]
    public void Basic_depth_filters_each_row_of_a_query_by_owner()
    {
        var emulator = FixtureSolution.NewEmulator();
        var one = emulator.AddUser("Owner One", roles: "Widget User");
        var two = emulator.AddUser("Owner Two", roles: "Widget User");
        emulator.CreateService(one).CreateWidget("One's A");
        emulator.CreateService(one).CreateWidget("One's B");
        emulator.CreateService(two).CreateWidget("Two's");
        var query = new QueryExpression("hitl_widget") { ColumnSet = new ColumnSet("hitl_name") };
        query.AddOrder("hitl_name", OrderType.Ascending);

        Assert.Equal(new[] { "One's A", "One's B" }, emulator.CreateService(one).RetrieveMultiple(query).Entities.Select(e => e["hitl_name"]));
        Assert.Equal(new[] { "Two's" }, emulator.CreateService(two).RetrieveMultiple(query).Entities.Select(e => e["hitl_name"]));
        Assert.Equal(3, emulator.CreateService().RetrieveMultiple(query).Entities.Count);
    }
}
