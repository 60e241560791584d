using Hitl.Sdk.Tests.TestDoubles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;

namespace Hitl.Sdk.Tests;

public class ExtensionTests
{
    [Theory]
    [InlineData(10, false)]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(40, true)]
    [InlineData(50, false)]
    public void IsWithinMainTransaction_is_true_for_stages_20_to_40(int stage, bool expected)
    {
        Assert.Equal(expected, new FakePluginContext { Stage = stage }.IsWithinMainTransaction());
    }

    [Fact]
    public void IsAutoTransact_reads_the_shared_variable_and_throws_when_it_is_absent()
    {
        var context = new FakePluginContext();

        Assert.Throws<KeyNotFoundException>(() => context.IsAutoTransact());
        context.SharedVariables["IsAutoTransact"] = true;
        Assert.True(context.IsAutoTransact());
        context.SharedVariables["IsAutoTransact"] = false;
        Assert.False(context.IsAutoTransact());
    }

    [Fact]
    public void InputParameterOrDefault_returns_the_typed_value_or_default()
    {
        var target = new Entity("account");
        var context = new FakePluginContext();
        context.InputParameters["Target"] = target;
        context.InputParameters["Count"] = 3;

        Assert.Same(target, context.InputParameterOrDefault<Entity>("Target"));
        Assert.Null(context.InputParameterOrDefault<EntityReference>("Target"));
        Assert.Null(context.InputParameterOrDefault<Entity>("Missing"));
        Assert.Equal(3, context.InputParameterOrDefault<int>("Count"));
        Assert.Equal(0L, context.InputParameterOrDefault<long>("Count"));
    }

    [Fact]
    public void Get_asks_the_provider_for_the_service_type()
    {
        var tracing = new NullTracing();
        var provider = new DictionaryServiceProvider().With<ITracingService>(tracing);

        Assert.Same(tracing, provider.Get<ITracingService>());
        Assert.Null(provider.Get<IOrganizationServiceFactory>());
        Assert.Equal(new[] { typeof(ITracingService), typeof(IOrganizationServiceFactory) }, provider.Requested);
    }

    [Fact]
    public void GetOrganizationService_creates_a_service_for_the_given_user()
    {
        var userId = Guid.NewGuid();
        var factory = new RecordingFactory();
        var provider = new DictionaryServiceProvider().With<IOrganizationServiceFactory>(factory);

        provider.GetOrganizationService(userId);

        Assert.Equal(new Guid?[] { userId }, factory.Users);
    }

    private sealed class NullTracing : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }

    private sealed class RecordingFactory : IOrganizationServiceFactory
    {
        public List<Guid?> Users { get; } = new();

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            Users.Add(userId);
            return null!;
        }
    }
}
