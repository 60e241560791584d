using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

public class TransactionTests
{
    [Fact]
    public void InvalidPluginExecutionException_surfaces_as_IsvAborted_with_the_message_unchanged()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "abort", ["hitl_name"] = "changed" }));

        Assert.Equal(ErrorCodes.IsvAborted, fault.ErrorCode);
        Assert.Equal("The widget is locked: ask its owner to unlock it.", fault.Message);
        Assert.Equal("Alpha", emulator.Find("hitl_widget", id)!["hitl_name"]);
    }

    [Fact]
    public void Any_other_exception_surfaces_as_IsvUnExpected_without_internal_details()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "crash" }));

        Assert.Equal(ErrorCodes.IsvUnExpected, fault.ErrorCode);
        Assert.Equal("An unexpected error occurred from ISV code.", fault.Message);
    }

    [Fact]
    public void A_plugin_fault_carries_the_step_trace_and_the_platform_error_details()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Alpha");

        var aborted = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "abort" }));
        var crashed = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "crash" }));

        Assert.Contains("ModeSwitch: mode=abort", aborted.TraceText);
        Assert.Contains("[Hitl.Emulator.Tests: Hitl.Emulator.Tests.Plugins.ModeSwitch]", aborted.TraceText);
        Assert.Equal("0", aborted.ErrorDetails["OperationStatus"]); // OperationStatus.Failed
        Assert.Equal("-2146233088", aborted.ErrorDetails["SubErrorCode"]); // 0x80131500, InvalidPluginExecutionException's HResult
        Assert.Contains("ModeSwitch: mode=crash", crashed.TraceText);
        Assert.Equal(new InvalidOperationException().HResult.ToString(System.Globalization.CultureInfo.InvariantCulture), crashed.ErrorDetails["SubErrorCode"]);
    }

    [Fact]
    public void A_failure_after_a_nested_write_rolls_the_nested_write_back_too()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "nested-then-abort" }));

        Assert.Empty(emulator.Rows("hitl_part"));
    }

    [Fact]
    public void Swallowing_a_failed_call_inside_the_transaction_fails_the_step_with_the_transaction_count_fault()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "swallow" }));

        Assert.Equal(ErrorCodes.IsvReducedOpenTransactionCount, fault.ErrorCode);
        Assert.StartsWith("ISV code reduced the open transaction count.", fault.Message);
    }

    [Theory]
    [InlineData("swallow-unknown-column")]
    [InlineData("swallow-missing-target")]
    [InlineData("swallow-custom-api-parameters")]
    [InlineData("swallow-prevalidation")]
    [InlineData("swallow-depth")]
    public void Any_failed_nested_call_dooms_the_transaction_even_when_it_fails_before_the_main_operation(string mode)
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = mode, ["hitl_name"] = "changed" }));

        Assert.Equal(ErrorCodes.IsvReducedOpenTransactionCount, fault.ErrorCode);
        Assert.Equal("Alpha", emulator.Find("hitl_widget", id)!["hitl_name"]);
        Assert.Single(emulator.Rows("hitl_widget"));
        Assert.Empty(emulator.Rows("hitl_part"));
    }

    [Fact]
    public void A_top_level_PreValidation_step_runs_outside_the_transaction_so_its_own_writes_stay()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");
        service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "locked" });

        var fault = FixtureSolution.Fault(() => service.Delete("hitl_widget", id));

        Assert.Equal("Locked widgets cannot be deleted.", fault.Message);
        Assert.NotNull(emulator.Find("hitl_widget", id));
        Assert.Single(emulator.Rows("hitl_part"), p => (string)p["hitl_name"] == "delete attempt");
    }

    [Fact]
    public void Async_steps_run_only_when_drained_after_the_commit()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 3 });
        Assert.Empty(emulator.Rows("hitl_part"));
        Assert.Equal(1, emulator.PendingAsyncJobs);

        Assert.Equal(1, emulator.DrainAsyncJobs());

        var part = Assert.Single(emulator.Rows("hitl_part"));
        Assert.Equal("A-3", part["hitl_serial"]);
        var job = Assert.Single(emulator.Rows("asyncoperation"));
        Assert.Equal(30, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(1, emulator.ExecutionLog.Single(e => e.Step == "AsyncWorker: Update of hitl_widget").Mode);
    }

    [Fact]
    public void Async_steps_get_the_context_as_it_stood_after_the_last_sync_PostOperation_step()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        // The async step sorts before the sync PostOperation tracer (same rank), which writes "seen-40".
        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 3 });
        emulator.DrainAsyncJobs();

        Assert.Contains("Shared=seen-20,seen-40", emulator.TraceOf("AsyncWorker: Update of hitl_widget"));
    }

    [Fact]
    public void An_async_failure_is_recorded_on_the_system_job_and_never_rolls_back_the_update()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = -1 });
        emulator.DrainAsyncJobs();

        Assert.Equal(-1, emulator.Find("hitl_widget", id)!["hitl_quantity"]);
        var job = Assert.Single(emulator.Rows("asyncoperation"));
        Assert.Equal(31, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal("Quantity cannot be negative.", job["message"]);
        Assert.Equal(id, job.GetAttributeValue<EntityReference>("regardingobjectid").Id);
    }

    [Fact]
    public void Async_jobs_of_a_rolled_back_operation_are_never_queued()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 5, ["hitl_mode"] = "abort" }));

        Assert.Equal(0, emulator.DrainAsyncJobs());
    }
}
