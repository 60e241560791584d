using System.ServiceModel;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Tests.Pipeline;

public class PluginBaseTests
{
    private sealed class RecordingPlugin : PluginBase
    {
        public RecordingPlugin(Action<ILocalPluginContext> onCreate, bool preventRecursion = true)
        {
            if (preventRecursion) PreventRecursiveCalls();
            On(PipelineStage.PreOperation, "Create", "lead", onCreate);
        }
    }

    [Fact]
    public void Runs_the_handler_registered_for_the_event()
    {
        var pipeline = new FakePipeline("Create", "lead", 20);
        ILocalPluginContext? seen = null;

        new RecordingPlugin(c => seen = c).Execute(pipeline);

        Assert.NotNull(seen);
        Assert.Same(pipeline.Context, seen!.ExecutionContext);
    }

    [Fact]
    public void A_null_service_provider_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<InvalidPluginExecutionException>(() => new RecordingPlugin(_ => { }).Execute(null!));

        Assert.Contains("without a service provider", ex.Message);
    }

    [Fact]
    public void A_step_registered_on_an_event_the_class_does_not_handle_fails_loudly()
    {
        var pipeline = new FakePipeline("Update", "lead", 20);

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => new RecordingPlugin(_ => Assert.Fail("must not run")).Execute(pipeline));

        Assert.Contains("does not handle Update of lead at stage 20", ex.Message);
    }

    [Fact]
    public void An_unexpected_exception_becomes_an_actionable_message_with_the_correlation_id_and_is_traced()
    {
        var pipeline = new FakePipeline();

        var ex = Assert.Throws<InvalidPluginExecutionException>(() =>
            new RecordingPlugin(_ => throw new KeyNotFoundException("hitl_score")).Execute(pipeline));

        Assert.Contains(pipeline.Context.CorrelationId.ToString(), ex.Message);
        Assert.Contains("Nothing was saved", ex.Message);
        Assert.IsType<KeyNotFoundException>(ex.InnerException);
        // Traced by type and stack, not by message: exception messages can quote the data being processed.
        Assert.Contains(pipeline.Traces, t => t.Contains("KeyNotFoundException") && t.Contains(nameof(An_unexpected_exception_becomes_an_actionable_message_with_the_correlation_id_and_is_traced)));
        Assert.DoesNotContain(pipeline.Traces, t => t.Contains("hitl_score"));
    }

    [Fact]
    public void A_user_facing_exception_passes_through_unchanged()
    {
        var pipeline = new FakePipeline();
        var thrown = new InvalidPluginExecutionException("Score the lead before assigning it.");

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => new RecordingPlugin(_ => throw thrown).Execute(pipeline));

        Assert.Same(thrown, ex);
    }

    [Fact]
    public void A_dataverse_fault_keeps_its_message_and_is_wrapped_for_the_user()
    {
        var pipeline = new FakePipeline();
        var fault = new FaultException<OrganizationServiceFault>(
            new OrganizationServiceFault { ErrorCode = -2147220969, Message = "lead With Id = 1 Does Not Exist" },
            new FaultReason("lead With Id = 1 Does Not Exist"));

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => new RecordingPlugin(_ => throw fault).Execute(pipeline));

        Assert.StartsWith("lead With Id = 1 Does Not Exist", ex.Message);
        Assert.Same(fault, ex.InnerException);
    }

    [Fact]
    public void A_business_message_from_a_nested_step_reaches_the_user_unchanged()
    {
        var pipeline = new FakePipeline();
        const string refusal = "This approval was already approved by Oscar Owner on 5 Jan 2026.";
        var fault = new FaultException<OrganizationServiceFault>(
            new OrganizationServiceFault { ErrorCode = -2147220891, Message = refusal }, new FaultReason(refusal));

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => new RecordingPlugin(_ => throw fault).Execute(pipeline));

        Assert.Equal(refusal, ex.Message);
    }

    [Fact]
    public void Organization_services_are_created_lazily_and_once_per_execution()
    {
        var pipeline = new FakePipeline();

        new RecordingPlugin(c =>
        {
            _ = c.UserService;
            _ = c.UserService;
            _ = c.SystemService;
        }).Execute(pipeline);

        Assert.Equal(new Guid?[] { pipeline.Context.UserId, null }, pipeline.ServicesCreatedFor);
    }

    [Fact]
    public void A_step_that_never_calls_dataverse_creates_no_service()
    {
        var pipeline = new FakePipeline();

        new RecordingPlugin(_ => { }).Execute(pipeline);

        Assert.Empty(pipeline.ServicesCreatedFor);
    }

    [Fact]
    public void Recursive_call_for_the_same_record_higher_in_the_chain_is_skipped()
    {
        var outer = new FakePipeline();
        var runs = 0;
        new RecordingPlugin(_ => runs++).Execute(outer);

        var inner = new FakePipeline();
        inner.Context.ParentContext = outer.Context;
        inner.Context.PrimaryEntityId = outer.Context.PrimaryEntityId;
        new RecordingPlugin(_ => runs++).Execute(inner);

        Assert.Equal(1, runs);
        Assert.Contains(inner.Traces, t => t.Contains("skipped"));
    }

    [Fact]
    public void Without_the_opt_in_a_nested_call_for_the_same_record_runs_again()
    {
        var runs = 0;
        var outer = new FakePipeline();
        new RecordingPlugin(_ => runs++, preventRecursion: false).Execute(outer);
        var inner = new FakePipeline();
        inner.Context.ParentContext = outer.Context;
        inner.Context.PrimaryEntityId = outer.Context.PrimaryEntityId;

        new RecordingPlugin(_ => runs++, preventRecursion: false).Execute(inner);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void The_same_plugin_on_another_record_in_the_chain_still_runs()
    {
        var runs = 0;
        var outer = new FakePipeline();
        new RecordingPlugin(_ => runs++).Execute(outer);
        var inner = new FakePipeline();
        inner.Context.ParentContext = outer.Context;

        new RecordingPlugin(_ => runs++).Execute(inner);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void Clock_comes_from_the_platform_time_provider_when_offered()
    {
        var pipeline = new ClockedPipeline(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));
        DateTime? now = null;

        new RecordingPlugin(c => now = c.UtcNow).Execute(pipeline);

        Assert.Equal(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), now);
    }

    private sealed class ClockedPipeline : IServiceProvider
    {
        private readonly FakePipeline inner = new();
        private readonly FixedTime time;

        public ClockedPipeline(DateTime utcNow) => time = new FixedTime(utcNow);

        public object? GetService(Type serviceType) => serviceType == typeof(TimeProvider) ? time : inner.GetService(serviceType);

        private sealed class FixedTime(DateTime utcNow) : TimeProvider
        {
            public override DateTimeOffset GetUtcNow() => new(utcNow);
        }
    }
}
