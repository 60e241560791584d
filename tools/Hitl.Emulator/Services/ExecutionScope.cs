using Microsoft.Xrm.Sdk;
using System.ServiceModel;

namespace Hitl.Emulator.Services;

/// <summary>
/// The lifetime of one plug-in execution. Services its factory creates are bound to its transaction and context,
/// so using one after the execution returned, or from another thread, is the stateful-plug-in bug: in Dataverse it
/// writes outside (or into someone else's) transaction. The emulator refuses it with a message naming the mistake.
/// </summary>
internal sealed class ExecutionScope
{
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private volatile bool _ended;

    public void End() => _ended = true;

    public void EnsureUsable()
    {
        if (_ended) throw Misuse(
            "an IOrganizationService was used after the plug-in execution that created it ended; plug-ins must not cache services " +
            "(or the IOrganizationServiceFactory) in static or instance fields: create them from the IServiceProvider in every Execute.");
        if (Environment.CurrentManagedThreadId != _threadId) throw Misuse(
            "an IOrganizationService created for one plug-in execution was used from another thread; plug-ins must not cache services " +
            "or run work in parallel: each execution creates its own service and calls it on its own thread.");
    }

    private static FaultException<OrganizationServiceFault> Misuse(string message) => Faults.Create(ErrorCodes.UnExpected, message);
}
