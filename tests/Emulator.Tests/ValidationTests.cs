using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

public class ValidationTests
{
    private static OrganizationServiceFault CreateFault(Entity entity) =>
        FixtureSolution.Fault(() => FixtureSolution.NewEmulator().CreateService().Create(entity));

    [Fact]
    public void An_unknown_column_is_rejected_naming_table_and_column()
    {
        var fault = CreateFault(new Entity("hitl_widget") { ["hitl_name"] = "a", ["hitl_colour"] = "red" });

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.Contains("'hitl_widget' entity doesn't contain attribute with Name = 'hitl_colour'", fault.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected()
    {
        var fault = CreateFault(new Entity("hitl_widget") { ["hitl_name"] = "a", ["hitl_quantity"] = "3" });

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("System.String", fault.Message);
        Assert.Contains("'hitl_quantity' of table 'hitl_widget'", fault.Message);
    }

    [Fact]
    public void A_string_longer_than_the_column_allows_is_rejected()
    {
        var fault = CreateFault(new Entity("hitl_widget") { ["hitl_name"] = new string('x', 101) });

        Assert.Equal(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
        Assert.Equal("A validation error occurred. The length of the 'hitl_name' attribute of the 'hitl_widget' entity exceeded the maximum allowed length of '100'.", fault.Message);
    }

    [Fact]
    public void An_option_value_the_choice_does_not_define_is_rejected()
    {
        var fault = CreateFault(new Entity("hitl_widget") { ["hitl_name"] = "a", ["hitl_category"] = new OptionSetValue(5) });

        Assert.Equal(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
        Assert.Contains("The value 5 of 'hitl_category' on record of type 'hitl_widget' is outside the valid range.", fault.Message);
    }

    [Fact]
    public void A_lookup_to_a_missing_row_is_rejected()
    {
        var missing = Guid.NewGuid();
        var fault = CreateFault(new Entity("hitl_part") { ["hitl_name"] = "a", ["hitl_serial"] = "s", ["hitl_widgetid"] = new EntityReference("hitl_widget", missing) });

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"hitl_widget With Id = {missing:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void A_lookup_to_the_wrong_table_is_rejected()
    {
        var fault = CreateFault(new Entity("hitl_part") { ["hitl_name"] = "a", ["hitl_serial"] = "s", ["hitl_widgetid"] = new EntityReference("contact", Guid.NewGuid()) });

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'hitl_widgetid' of table 'hitl_part' cannot point to table 'contact'", fault.Message);
    }

    [Fact]
    public void A_missing_system_required_column_is_rejected_on_create()
    {
        var fault = CreateFault(new Entity("hitl_part") { ["hitl_name"] = "a" });

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'hitl_serial' of table 'hitl_part' is system-required", fault.Message);
    }

    [Fact]
    public void An_application_required_column_is_not_enforced_by_the_api()
    {
        var service = FixtureSolution.NewEmulator().CreateService();

        var id = service.Create(new Entity("hitl_widget") { ["hitl_quantity"] = 1 }); // hitl_name is "required" (business required)

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void An_unknown_table_is_rejected()
    {
        var fault = CreateFault(new Entity("hitl_nothing") { ["hitl_name"] = "a" });

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'hitl_nothing'", fault.Message);
    }

    [Fact]
    public void An_unknown_request_fails_naming_it()
    {
        var service = FixtureSolution.NewEmulator().CreateService();

        var fault = FixtureSolution.Fault(() => service.Execute(new OrganizationRequest("hitl_DoesNotExist")));

        Assert.Contains("'hitl_DoesNotExist'", fault.Message);
    }

    [Fact]
    public void A_step_that_replaces_Target_with_the_wrong_type_gets_a_fault_naming_the_parameter_and_type()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "replace-target", ["hitl_name"] = "changed" }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'Target'", fault.Message);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity,", fault.Message);
        Assert.Contains("Microsoft.Xrm.Sdk.EntityReference", fault.Message);
        Assert.Equal("Alpha", emulator.Find("hitl_widget", id)!["hitl_name"]);
    }

    [Fact]
    public void Update_with_a_null_owner_is_refused_like_any_system_required_column()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["ownerid"] = null }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'ownerid'", fault.Message);
        Assert.Contains("system-required and cannot be set to null", fault.Message);
        Assert.Equal(emulator.SystemUserId, emulator.Find("hitl_widget", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }
}
