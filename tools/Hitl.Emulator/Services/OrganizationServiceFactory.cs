using Hitl.Emulator.Observation;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Services;

/// <summary>
/// The factory: for tests (no context) and for plug-ins (bound to the running step, so calls join its
/// transaction, count towards its log record and carry Depth/CorrelationId on).
/// null = SYSTEM; Guid.Empty = the step's user; any other id = that user (impersonation).
/// </summary>
internal sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly EmulatorRuntime _runtime;
    private readonly PluginContext? _context;
    private readonly Transaction? _transaction;
    private readonly StepObserver? _observer;
    private readonly ExecutionScope? _scope;

    public OrganizationServiceFactory(EmulatorRuntime runtime, PluginContext? context = null, Transaction? transaction = null,
        StepObserver? observer = null, ExecutionScope? scope = null)
    {
        _runtime = runtime;
        _context = context;
        _transaction = transaction;
        _observer = observer;
        _scope = scope;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId switch
        {
            null => _runtime.SystemUserId,
            { } id when id == Guid.Empty => _context?.UserId ?? _runtime.SystemUserId,
            { } id => id,
        };
        if (_context is null) return new OrganizationService(_runtime, new CallContext(user, user));
        return new OrganizationService(_runtime, new CallContext(user, _context.InitiatingUserId)
        {
            Parent = _context,
            Transaction = _transaction,
            Observer = _observer,
            CorrelationId = _context.CorrelationId,
            Scope = _scope,
        });
    }
}
