using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

public class CustomApiTests
{
    [Fact]
    public void The_main_plugin_runs_at_stage_30_in_the_transaction_and_its_outputs_are_the_response()
    {
        var emulator = FixtureSolution.NewEmulator();

        var response = emulator.CreateService().Execute(new OrganizationRequest("hitl_Calculate") { ["hitl_Amount"] = 21m, ["hitl_Label"] = "x" });

        Assert.Equal("hitl_Calculate", response.ResponseName);
        Assert.Equal(42m, response["hitl_Total"]);
        Assert.Equal("x", response["hitl_Echo"]);
        Assert.Equal(new[] { "hitl_Echo", "hitl_Total" }, response.Results.Keys.OrderBy(k => k));
        Assert.Contains("Stage=30;Message=hitl_Calculate;InTransaction=True;HasLabel=True", emulator.ExecutionLog.Single().Trace);
    }

    [Fact]
    public void An_optional_parameter_not_supplied_is_absent_from_InputParameters()
    {
        var emulator = FixtureSolution.NewEmulator();

        var response = emulator.CreateService().Execute(new OrganizationRequest("hitl_Calculate") { ["hitl_Amount"] = 1m });

        Assert.Equal("none", response["hitl_Echo"]);
        Assert.Contains("HasLabel=False", emulator.ExecutionLog.Single().Trace.Single());
    }

    [Fact]
    public void A_missing_required_parameter_fails_before_any_plugin_runs()
    {
        var emulator = FixtureSolution.NewEmulator();

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Execute(new OrganizationRequest("hitl_Calculate")));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("missing the required parameter 'hitl_Amount'", fault.Message);
        Assert.Empty(emulator.ExecutionLog);
    }

    [Fact]
    public void A_parameter_of_the_wrong_type_fails_before_any_plugin_runs()
    {
        var emulator = FixtureSolution.NewEmulator();

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Execute(new OrganizationRequest("hitl_Calculate") { ["hitl_Amount"] = 5 }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'hitl_Amount'", fault.Message);
        Assert.Contains("System.Int32", fault.Message);
        Assert.Empty(emulator.ExecutionLog);
    }

    [Fact]
    public void A_failing_main_plugin_rolls_back_what_it_wrote()
    {
        var emulator = FixtureSolution.NewEmulator();

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Execute(
            new OrganizationRequest("hitl_Calculate") { ["hitl_Amount"] = 1m, ["hitl_Label"] = "write-then-fail" }));

        Assert.Equal(ErrorCodes.IsvAborted, fault.ErrorCode);
        Assert.Equal("Calculation failed after writing.", fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void An_api_without_plugin_returns_the_type_defaults_of_its_response_properties()
    {
        var response = FixtureSolution.NewEmulator().CreateService().Execute(new OrganizationRequest("hitl_Defaults"));

        Assert.Equal(0, response["hitl_Count"]);
        Assert.Equal(false, response["hitl_Flag"]);
        Assert.Null(response["hitl_Text"]);
        Assert.Equal(Guid.Empty, response["hitl_Id"]);
    }

    [Fact]
    public void The_execute_privilege_is_required()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("No Roles");

        var fault = FixtureSolution.Fault(() => emulator.CreateService(user).Execute(new OrganizationRequest("hitl_Defaults")));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvReadhitl_Widget", fault.Message);
    }
}
