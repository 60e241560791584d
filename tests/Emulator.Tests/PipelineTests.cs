using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

public class PipelineTests
{
    private const string CreatePreValidation = "Tracer: Create of hitl_widget (PreValidation)";
    private const string CreatePost = "Tracer: Create of hitl_widget (PostOperation)";
    private const string UpdateRank1 = "Tracer A: Update of hitl_widget (rank 1)";
    private const string UpdateRank2 = "Tracer B: Update of hitl_widget (rank 2)";
    private const string UpdatePost = "Tracer C: Update of hitl_widget (PostOperation)";

    [Fact]
    public void A_top_level_create_runs_its_steps_in_stage_order_with_the_right_context()
    {
        var emulator = FixtureSolution.NewEmulator();
        var id = emulator.CreateService().CreateWidget("Alpha");

        var create = emulator.ExecutionLog.Where(e => e.Message == "Create" && e.Entity == "hitl_widget").ToList();
        Assert.Equal(new[] { 10, 20, 40 }, create.Select(e => e.Stage));
        Assert.All(create, e => Assert.Equal(1, e.Depth));
        Assert.Contains("Stage=10;Mode=0;Depth=1;Message=Create;Entity=hitl_widget;InTransaction=False", emulator.TraceOf(CreatePreValidation));
        Assert.Contains("Stage=40;Mode=0;Depth=1;Message=Create;Entity=hitl_widget;InTransaction=True", emulator.TraceOf(CreatePost));
        Assert.Contains(emulator.TraceOf(CreatePost), l => l.StartsWith("UserId=" + emulator.SystemUserId, StringComparison.Ordinal) && l.EndsWith("PrimaryEntityId=" + id, StringComparison.Ordinal));
    }

    [Fact]
    public void PostOperation_of_Create_finds_PreValidation_shared_variables_in_the_parent_context()
    {
        var emulator = FixtureSolution.NewEmulator();
        emulator.CreateService().CreateWidget("Alpha");

        var post = emulator.TraceOf(CreatePost);
        Assert.Contains("ParentShared=seen-10", post);
        Assert.Contains("Shared=", post); // its own collection does not hold PreValidation's variable
    }

    [Fact]
    public void Update_steps_of_one_stage_run_in_rank_order_and_share_their_variables()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha", quantity: 1);
        emulator.ClearExecutionLog();

        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 2 });

        var steps = emulator.ExecutionLog.Where(e => e.Message == "Update").Select(e => e.Step).ToList();
        Assert.Equal(new[] { UpdateRank1, UpdateRank2, UpdatePost }, steps);
        Assert.Contains("Shared=seen-20", emulator.TraceOf(UpdateRank2));
    }

    [Fact]
    public void Filtering_attributes_skip_steps_when_none_of_their_columns_is_in_the_Target()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha", quantity: 1);
        emulator.ClearExecutionLog();

        service.Update(new Entity("hitl_widget", id) { ["hitl_name"] = "renamed" });

        Assert.DoesNotContain(emulator.ExecutionLog, e => e.Message == "Update");
        Assert.Equal(0, emulator.PendingAsyncJobs);
    }

    [Fact]
    public void Images_carry_their_registered_columns_before_and_after_the_update()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha", quantity: 1);

        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 7 });

        Assert.Contains("Pre:PreImage=hitl_name:Alpha,hitl_quantity:1", emulator.TraceOf(UpdateRank2));
        var post = emulator.TraceOf(UpdatePost);
        Assert.Contains("Pre:Both=hitl_quantity:1", post);
        Assert.Contains("Post:Both=hitl_quantity:7", post);
        Assert.Contains("Post:PostImage=hitl_description:unsecure-cfg|secure-cfg,hitl_name:Alpha", emulator.TraceOf(CreatePost));
    }

    [Fact]
    public void Plugins_read_now_from_the_emulator_clock()
    {
        var emulator = FixtureSolution.NewEmulator();
        emulator.Clock.SetUtcNow(new DateTimeOffset(2030, 2, 3, 4, 5, 6, TimeSpan.Zero));

        emulator.CreateService().CreateWidget("Alpha");

        Assert.Contains("Now=2030-02-03T04:05:06.0000000+00:00", emulator.TraceOf(CreatePost));
    }

    [Fact]
    public void A_nested_call_from_plugin_code_runs_one_level_deeper_with_the_same_correlation_id()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha", quantity: 1);
        emulator.DrainAsyncJobs();
        emulator.ClearExecutionLog();

        service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "two-calls" });

        var outer = emulator.ExecutionLog.Single(e => e.Step == "ModeSwitch: Update of hitl_widget");
        Assert.Equal(2, outer.ServiceCalls);
        Assert.Equal(1, outer.Depth);
    }

    [Fact]
    public void Endless_recursion_stops_at_depth_8_with_the_platform_fault()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "recurse" }));

        Assert.Equal(ErrorCodes.SdkCorrelationTokenDepthTooHigh, fault.ErrorCode);
        Assert.StartsWith("This workflow job was canceled because the workflow that started it included an infinite loop.", fault.Message);
        Assert.Equal(8, emulator.ExecutionLog.Where(e => e.Step == "ModeSwitch: Update of hitl_widget").Max(e => e.Depth));
        Assert.Null(emulator.Find("hitl_widget", id)!.GetAttributeValue<string>("hitl_mode"));
    }

    [Fact]
    public void Impersonation_through_the_factory_runs_nested_calls_as_the_chosen_user()
    {
        var emulator = FixtureSolution.NewEmulator();
        var user = emulator.AddUser("Grace Hopper", roles: DataverseEmulator.SystemAdministratorRole);
        var service = emulator.CreateService(user);
        var id = service.CreateWidget("Alpha");

        service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "impersonate" });

        var part = emulator.Rows("hitl_part").Single(p => (string)p["hitl_name"] == "as system");
        Assert.Equal(emulator.SystemUserId, part.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Contains(emulator.TraceOf(CreatePreValidation), l => l.StartsWith($"UserId={user};InitiatingUserId={user}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_execution_log_counts_the_service_calls_a_plugin_makes()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "two-calls" });

        Assert.Equal(2, emulator.ExecutionLog.Last(e => e.Step == "ModeSwitch: Update of hitl_widget").ServiceCalls);
        Assert.Equal(0, emulator.ExecutionLog.Last(e => e.Step == CreatePost).ServiceCalls);
    }

    [Fact]
    public void A_service_cached_by_a_plugin_fails_clearly_when_a_later_execution_uses_it()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");
        service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "cache-service" });

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "use-cached-service" }));

        Assert.Contains("an IOrganizationService was used after the plug-in execution that created it ended; plug-ins must not cache services", fault.Message);
        Assert.Empty(emulator.Rows("hitl_part"));
        Assert.Equal("cache-service", emulator.Find("hitl_widget", id)!["hitl_mode"]);
    }

    [Fact]
    public void A_plugin_service_used_from_another_thread_fails_clearly_instead_of_writing_into_the_transaction()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("hitl_widget", id) { ["hitl_mode"] = "use-service-on-another-thread" }));

        Assert.Contains("used from another thread", fault.Message);
        Assert.Empty(emulator.Rows("hitl_part"));
    }
}
