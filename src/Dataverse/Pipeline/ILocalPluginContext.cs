using Hitl.Dataverse.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace Hitl.Dataverse.Pipeline;

/// <summary>Everything a step needs, built once per execution by <see cref="PluginBase"/>.</summary>
public interface ILocalPluginContext
{
    IPluginExecutionContext ExecutionContext { get; }

    ITracingService TracingService { get; }

    /// <summary>Application Insights logger; a no-op logger where the platform offers none.</summary>
    ILogger Logger { get; }

    /// <summary>Organization service running as the step's user (context.UserId).</summary>
    IOrganizationService UserService { get; }

    /// <summary>Organization service running as the user who started the operation.</summary>
    IOrganizationService InitiatingUserService { get; }

    /// <summary>Organization service running as SYSTEM: only for reads and writes the product itself owns.</summary>
    IOrganizationService SystemService { get; }

    /// <summary>Typed, cached environment variables.</summary>
    EnvironmentVariables Settings { get; }

    /// <summary>The current UTC time (the platform clock, or the emulator's in tests).</summary>
    DateTime UtcNow { get; }

    void Trace(string format, params object[] args);
}
