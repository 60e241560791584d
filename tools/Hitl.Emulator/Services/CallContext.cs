using Hitl.Emulator.Observation;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Store;

namespace Hitl.Emulator.Services;

/// <summary>Who sends a request and from where: a test (no parent) or plug-in code (parent context, maybe a transaction).</summary>
internal sealed record CallContext(Guid UserId, Guid InitiatingUserId)
{
    public PluginContext? Parent { get; init; }
    public Transaction? Transaction { get; init; }
    /// <summary>The calling plug-in execution, whose service-call count this request adds to.</summary>
    public StepObserver? Observer { get; init; }
    public Guid? CorrelationId { get; init; }
    /// <summary>The plug-in execution whose factory created the service; null for tests' services.</summary>
    public ExecutionScope? Scope { get; init; }
    /// <summary>The batch request this request runs in, if any: batches nest only as ExecuteTransaction inside ExecuteMultiple.</summary>
    public BatchKind Batch { get; init; }

    public int Depth => Parent is null ? 1 : Parent.Depth + 1;
}

/// <summary>The batch message a request runs inside.</summary>
internal enum BatchKind
{
    None,
    ExecuteMultiple,
    ExecuteTransaction,
}
