using Hitl.Dataverse.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace Hitl.Dataverse.Pipeline;

/// <summary>
/// Resolves the platform services once per execution. Organization services are created lazily so a step
/// that never calls Dataverse costs no service creation.
/// </summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly IOrganizationServiceFactory _serviceFactory;
    private readonly TimeProvider _clock;
    private IOrganizationService? _userService;
    private IOrganizationService? _initiatingUserService;
    private IOrganizationService? _systemService;
    private EnvironmentVariables? _settings;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null) throw new InvalidPluginExecutionException("The plug-in was run without a service provider.");

        ExecutionContext = Require<IPluginExecutionContext>(serviceProvider);
        TracingService = Require<ITracingService>(serviceProvider);
        _serviceFactory = Require<IOrganizationServiceFactory>(serviceProvider);
        Logger = serviceProvider.GetService(typeof(ILogger)) as ILogger ?? NullLogger.Instance;
        // Dataverse offers no _clock service; the emulator does, so tests can move time.
        _clock = serviceProvider.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
    }

    public IPluginExecutionContext ExecutionContext { get; }

    public ITracingService TracingService { get; }

    public ILogger Logger { get; }

    public IOrganizationService UserService => _userService ??= _serviceFactory.CreateOrganizationService(ExecutionContext.UserId);

    public IOrganizationService InitiatingUserService =>
        _initiatingUserService ??= _serviceFactory.CreateOrganizationService(ExecutionContext.InitiatingUserId);

    public IOrganizationService SystemService => _systemService ??= _serviceFactory.CreateOrganizationService(null);

    public EnvironmentVariables Settings =>
        _settings ??= new EnvironmentVariables(EnvironmentVariableCache.Shared, ExecutionContext.OrganizationId, () => SystemService, _clock, TracingService);

    public DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    public void Trace(string format, params object[] args)
    {
        TracingService.Trace(format, args);
    }

    private static T Require<T>(IServiceProvider serviceProvider)
        where T : class
    {
        return serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException($"The platform did not provide {typeof(T).Name} to the plug-in.");
    }
}
