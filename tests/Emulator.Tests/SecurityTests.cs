using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

public class SecurityTests
{
    [Fact]
    public void A_user_without_the_create_privilege_is_denied_with_the_privilege_named()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("No Roles");

        var fault = FixtureSolution.Fault(() => emulator.CreateService(user).CreateWidget("Alpha"));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains($"Principal user (Id={user:D}, type=8", fault.Message);
        Assert.Contains("is missing prvCreatehitl_Widget privilege", fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void A_role_from_the_solution_grants_its_privileges_and_nothing_more()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Widget Person", roles: "Widget User");
        var service = emulator.CreateService(user);

        var id = service.CreateWidget("Mine");
        service.Update(new Entity("hitl_widget", id) { ["hitl_name"] = "Still mine" });
        var fault = FixtureSolution.Fault(() => service.Delete("hitl_widget", id));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvDeletehitl_Widget", fault.Message);
    }

    [Fact]
    public void Basic_depth_reaches_only_rows_the_user_or_their_team_owns()
    {
        var emulator = FixtureSolution.NewEmulator();
        var owner = emulator.AddUser("Owner One", roles: "Widget User");
        var other = emulator.AddUser("Other Two", roles: "Widget User");
        var id = emulator.CreateService(owner).CreateWidget("Private");

        var fault = FixtureSolution.Fault(() => emulator.CreateService(other).Retrieve("hitl_widget", id, new ColumnSet(true)));
        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Empty(emulator.CreateService(other).RetrieveMultiple(new QueryExpression("hitl_widget")).Entities);

        var team = emulator.AddTeam("Widget Team", other);
        emulator.CreateService().Update(new Entity("hitl_widget", id) { ["ownerid"] = new EntityReference("team", team) });

        Assert.Equal("Private", emulator.CreateService(other).Retrieve("hitl_widget", id, new ColumnSet("hitl_name"))["hitl_name"]);
    }

    [Fact]
    public void A_role_granted_to_a_team_applies_to_its_members()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Team Member");
        var team = emulator.AddTeam("Makers", user);
        emulator.GrantRole(team, "Widget User");

        var id = emulator.CreateService(user).CreateWidget("Via team");

        Assert.NotNull(emulator.Find("hitl_widget", id));
    }

    [Fact]
    public void Membership_is_queryable_through_the_intersect_tables()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Query Me", roles: "Widget User");
        var team = emulator.AddTeam("Queried", user);
        var service = emulator.CreateService();

        var roles = service.RetrieveMultiple(new QueryExpression("systemuserroles")
        {
            ColumnSet = new ColumnSet("roleid"),
            Criteria = { Conditions = { new ConditionExpression("systemuserid", ConditionOperator.Equal, user) } },
        });
        var members = service.RetrieveMultiple(new QueryExpression("teammembership")
        {
            ColumnSet = new ColumnSet("systemuserid"),
            Criteria = { Conditions = { new ConditionExpression("teamid", ConditionOperator.Equal, team) } },
        });

        Assert.Equal(emulator.Metadata.Role("Widget User")!.Id, Assert.Single(roles.Entities)["roleid"]);
        Assert.Equal(user, Assert.Single(members.Entities)["systemuserid"]);
    }

    [Fact]
    public void The_manager_and_email_of_a_user_are_on_the_systemuser_row()
    {
        var emulator = FixtureSolution.NewEmulator();
        var manager = emulator.AddUser("Mary Manager", "mary@contoso.test");
        var user = emulator.AddUser("Sam Seller", "sam@contoso.test", manager);

        var row = emulator.CreateService().Retrieve("systemuser", user, new ColumnSet("parentsystemuserid", "internalemailaddress"));

        Assert.Equal("sam@contoso.test", row["internalemailaddress"]);
        var parent = row.GetAttributeValue<EntityReference>("parentsystemuserid");
        Assert.Equal(manager, parent.Id);
        Assert.Equal("Mary Manager", parent.Name);
    }

    [Fact]
    public void WhoAmI_answers_the_caller()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Who Me");

        var response = (Microsoft.Crm.Sdk.Messages.WhoAmIResponse)emulator.CreateService(user).Execute(new Microsoft.Crm.Sdk.Messages.WhoAmIRequest());

        Assert.Equal(user, response.UserId);
        Assert.Equal(emulator.BusinessUnitId, response.BusinessUnitId);
        Assert.Equal(emulator.OrganizationId, response.OrganizationId);
    }

    [Fact]
    public void Creating_a_row_owned_by_someone_else_needs_the_assign_privilege()
    {
        var emulator = FixtureSolution.NewEmulator();
        var other = emulator.AddUser("Other Person");
        var user = emulator.AddUser("Widget Person", roles: "Widget User");
        var service = emulator.CreateService(user);

        var fault = FixtureSolution.Fault(() => service.Create(new Entity("hitl_widget")
        {
            ["hitl_name"] = "For someone else",
            ["ownerid"] = new EntityReference("systemuser", other),
        }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("is missing prvAssignhitl_Widget privilege", fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
        service.Create(new Entity("hitl_widget") { ["hitl_name"] = "Mine", ["ownerid"] = new EntityReference("systemuser", user) });
    }

    [Fact]
    public void Basic_append_lets_a_user_set_lookups_only_on_rows_they_own()
    {
        var emulator = FixtureSolution.NewEmulator();
        var owner = emulator.AddUser("Part Owner");
        var linker = emulator.AddUser("Part Linker", roles: "Part Linker");
        var system = emulator.CreateService();
        var widget = system.CreateWidget("Alpha");
        var theirs = system.Create(new Entity("hitl_part") { ["hitl_name"] = "theirs", ["hitl_serial"] = "P-1", ["ownerid"] = new EntityReference("systemuser", owner) });
        var mine = system.Create(new Entity("hitl_part") { ["hitl_name"] = "mine", ["hitl_serial"] = "P-2", ["ownerid"] = new EntityReference("systemuser", linker) });
        var service = emulator.CreateService(linker);

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_part", theirs) { ["hitl_widgetid"] = new EntityReference("hitl_widget", widget) }));
        service.Update(new Entity("hitl_part", mine) { ["hitl_widgetid"] = new EntityReference("hitl_widget", widget) });

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("is missing prvAppendhitl_Part privilege", fault.Message);
        Assert.Null(emulator.Find("hitl_part", theirs)!.GetAttributeValue<EntityReference>("hitl_widgetid"));
        Assert.Equal(widget, emulator.Find("hitl_part", mine)!.GetAttributeValue<EntityReference>("hitl_widgetid").Id);
    }

    [Fact]
    public void RetrieveMultiple_without_read_on_the_table_is_denied_rather_than_empty()
    {
        var emulator = FixtureSolution.NewEmulator();
        emulator.CreateService().CreateWidget("Alpha");
        var service = emulator.CreateService(emulator.AddUser("No Roles"));

        var query = FixtureSolution.Fault(() => service.RetrieveMultiple(new QueryExpression("hitl_widget") { ColumnSet = new ColumnSet("hitl_name") }));
        var fetch = FixtureSolution.Fault(() => service.RetrieveMultiple(new FetchExpression("<fetch><entity name='hitl_widget'><attribute name='hitl_name'/></entity></fetch>")));

        Assert.Equal(ErrorCodes.PrivilegeDenied, query.ErrorCode);
        Assert.Contains("is missing prvReadhitl_Widget privilege", query.Message);
        Assert.Equal(ErrorCodes.PrivilegeDenied, fetch.ErrorCode);
    }

    [Fact]
    public void RetrieveMultiple_demands_read_on_every_linked_table()
    {
        var emulator = FixtureSolution.NewEmulator();
        var system = emulator.CreateService();
        var widget = system.CreateWidget("Alpha");
        system.Create(new Entity("hitl_part") { ["hitl_name"] = "p", ["hitl_serial"] = "P-1", ["hitl_widgetid"] = new EntityReference("hitl_widget", widget) });
        var readsPartsOnly = emulator.AddUser("Parts Reader");
        emulator.GrantRole(readsPartsOnly, "Part Linker");
        var query = new QueryExpression("hitl_part") { ColumnSet = new ColumnSet("hitl_name") };
        query.AddLink("hitl_widget", "hitl_widgetid", "hitl_widgetid").AddLink("systemuser", "owninguser", "systemuserid");

        var fault = FixtureSolution.Fault(() => emulator.CreateService(readsPartsOnly).RetrieveMultiple(query));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("entity 'systemuser'", fault.Message);
    }
}
