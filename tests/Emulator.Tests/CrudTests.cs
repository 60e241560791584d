using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

public class CrudTests
{
    [Fact]
    public void Create_runs_the_registered_PreOperation_step_and_saves_its_change_to_the_Target()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();

        var id = service.CreateWidget("Alpha");

        var saved = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name", "hitl_description"));
        Assert.Equal("Alpha", saved["hitl_name"]);
        Assert.Equal("unsecure-cfg|secure-cfg", saved["hitl_description"]);
    }

    [Fact]
    public void Create_sets_system_columns_from_the_caller_and_the_clock()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Ada Lovelace", roles: DataverseEmulator.SystemAdministratorRole);
        emulator.Clock.Advance(TimeSpan.FromHours(3));

        var id = emulator.CreateService(user).CreateWidget("Beta");

        var row = emulator.Find("hitl_widget", id)!;
        Assert.Equal(emulator.Clock.UtcNow, row["createdon"]);
        Assert.Equal(row["createdon"], row["modifiedon"]);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(emulator.BusinessUnitId, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(string.IsNullOrEmpty(row.RowVersion));
    }

    [Fact]
    public void Retrieve_of_a_missing_row_is_the_ObjectDoesNotExist_fault()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = Guid.NewGuid();

        var fault = FixtureSolution.Fault(() => service.Retrieve("hitl_widget", id, new ColumnSet(true)));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"hitl_widget With Id = {id:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Retrieved_entities_are_copies_that_never_alias_the_store()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Gamma");

        var first = service.Retrieve("hitl_widget", id, new ColumnSet(true));
        first["hitl_name"] = "changed locally";

        Assert.Equal("Gamma", service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name"))["hitl_name"]);
    }

    [Fact]
    public void Retrieve_returns_only_the_requested_columns_plus_the_primary_key()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Delta", quantity: 4);

        var row = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_quantity"));

        Assert.Equal(new[] { "hitl_quantity", "hitl_widgetid" }, row.Attributes.Keys.OrderBy(k => k));
    }

    [Fact]
    public void Retrieve_fills_formatted_values_and_lookup_names_from_metadata()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var widget = service.Create(new Entity("hitl_widget")
        {
            ["hitl_name"] = "Epsilon",
            ["hitl_category"] = new OptionSetValue(741200001),
            ["hitl_isurgent"] = true,
        });
        var part = service.Create(new Entity("hitl_part")
        {
            ["hitl_name"] = "bolt", ["hitl_serial"] = "B-1", ["hitl_widgetid"] = new EntityReference("hitl_widget", widget),
        });

        var w = service.Retrieve("hitl_widget", widget, new ColumnSet(true));
        var p = service.Retrieve("hitl_part", part, new ColumnSet("hitl_widgetid"));

        Assert.Equal("Premium", w.FormattedValues["hitl_category"]);
        Assert.Equal("Urgent", w.FormattedValues["hitl_isurgent"]);
        Assert.Equal("Active", w.FormattedValues["statecode"]);
        Assert.Equal("Epsilon", p.GetAttributeValue<EntityReference>("hitl_widgetid").Name);
    }

    [Fact]
    public void Update_changes_only_the_sent_columns_and_moves_modifiedon_and_the_row_version()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Zeta", quantity: 1);
        var before = emulator.Find("hitl_widget", id)!;
        emulator.Clock.Advance(TimeSpan.FromMinutes(5));

        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 2 });

        var after = emulator.Find("hitl_widget", id)!;
        Assert.Equal(2, after["hitl_quantity"]);
        Assert.Equal("Zeta", after["hitl_name"]);
        Assert.Equal(before["createdon"], after["createdon"]);
        Assert.Equal(emulator.Clock.UtcNow, after["modifiedon"]);
        Assert.True(long.Parse(after.RowVersion) > long.Parse(before.RowVersion));
    }

    [Fact]
    public void Delete_removes_the_row_and_clears_lookups_that_pointed_to_it()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var widget = service.CreateWidget("Eta");
        var part = service.Create(new Entity("hitl_part")
        {
            ["hitl_name"] = "nut", ["hitl_serial"] = "N-9", ["hitl_widgetid"] = new EntityReference("hitl_widget", widget),
        });

        service.Delete("hitl_widget", widget);

        Assert.Null(emulator.Find("hitl_widget", widget));
        Assert.False(emulator.Find("hitl_part", part)!.Contains("hitl_widgetid"));
    }

    [Fact]
    public void Associate_on_a_one_to_many_relationship_sets_the_lookup_and_Disassociate_clears_it()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var widget = service.CreateWidget("Theta");
        var part = service.Create(new Entity("hitl_part") { ["hitl_name"] = "gear", ["hitl_serial"] = "G-1" });
        var relationship = new Relationship("hitl_hitl_widget_hitl_part_widgetid");

        service.Associate("hitl_widget", widget, relationship, new EntityReferenceCollection { new EntityReference("hitl_part", part) });
        Assert.Equal(widget, emulator.Find("hitl_part", part)!.GetAttributeValue<EntityReference>("hitl_widgetid").Id);

        service.Disassociate("hitl_widget", widget, relationship, new EntityReferenceCollection { new EntityReference("hitl_part", part) });
        Assert.False(emulator.Find("hitl_part", part)!.Contains("hitl_widgetid"));
    }

    [Fact]
    public void A_step_that_changes_the_query_changes_the_result_but_never_the_callers_query_object()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        service.Create(new Entity("hitl_part") { ["hitl_name"] = "shown", ["hitl_serial"] = "S-1" });
        service.Create(new Entity("hitl_part") { ["hitl_name"] = "hidden-by-plugin", ["hitl_serial"] = "S-2" });
        var query = new QueryExpression("hitl_part") { ColumnSet = new ColumnSet("hitl_name") };

        var first = service.RetrieveMultiple(query);
        var second = service.RetrieveMultiple(query);

        Assert.Equal("shown", Assert.Single(first.Entities)["hitl_name"]);
        Assert.Equal("S-1", first.Entities[0]["hitl_serial"]);
        Assert.Single(second.Entities);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(new[] { "hitl_name" }, query.ColumnSet.Columns);
    }

    [Fact]
    public void Deep_insert_is_refused_clearly_instead_of_silently_creating_only_the_parent()
    {
        var emulator = FixtureSolution.NewEmulator();
        var widget = new Entity("hitl_widget") { ["hitl_name"] = "Parent" };
        widget.RelatedEntities[new Relationship("hitl_hitl_widget_hitl_part_widgetid")] =
            new EntityCollection([new Entity("hitl_part") { ["hitl_name"] = "Child", ["hitl_serial"] = "C-1" }]);

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Create(widget));

        Assert.Contains("deep insert (RelatedEntities on Create) is not emulated", fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
        Assert.Empty(emulator.Rows("hitl_part"));
    }
}
