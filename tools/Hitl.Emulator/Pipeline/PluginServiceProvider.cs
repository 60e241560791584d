using Hitl.Emulator.Observation;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// What IServiceProvider.GetService answers inside a plug-in. TimeProvider is the emulator clock
/// (Dataverse has no such service: product code falls back to TimeProvider.System there).
/// </summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginContext _context;
    private readonly StepObserver _observer;
    private readonly IOrganizationServiceFactory _factory;
    private readonly Microsoft.Xrm.Sdk.PluginTelemetry.ILogger _logger;
    private readonly TimeProvider _clock;

    public PluginServiceProvider(PluginContext context, StepObserver observer, IOrganizationServiceFactory factory, TimeProvider clock)
    {
        _context = context;
        _observer = observer;
        _factory = factory;
        _logger = new CapturingLogger(observer);
        _clock = clock;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ||
            serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IPluginExecutionContext3) ||
            serviceType == typeof(IPluginExecutionContext4))
            return _context;
        if (serviceType == typeof(ITracingService)) return _observer;
        if (serviceType == typeof(IOrganizationServiceFactory)) return _factory;
        if (serviceType == typeof(Microsoft.Xrm.Sdk.PluginTelemetry.ILogger)) return _logger;
        if (serviceType == typeof(TimeProvider)) return _clock;
        return null;
    }
}
