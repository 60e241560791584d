using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>State of one message execution shared by its steps and its main operation.</summary>
internal sealed class OperationContext
{
    public required EmulatorRuntime Runtime { get; init; }
    public required CallContext Caller { get; init; }
    public required OrganizationRequest Request { get; init; }
    public required string Message { get; init; }
    public required string Entity { get; init; }
    public Guid Id { get; set; }
    public required int Depth { get; init; }
    public required Guid CorrelationId { get; init; }
    public required ParameterCollection Input { get; init; }
    public ParameterCollection Output { get; } = new();
    public Transaction? Transaction { get; set; }

    /// <summary>SharedVariables of the PreOperation..PostOperation steps (and a custom API's main plug-in).</summary>
    public ParameterCollection SharedVariables { get; set; } = new();

    /// <summary>ParentContext given to PreOperation..PostOperation steps.</summary>
    public PluginContext? StepParent { get; set; }

    public Guid UserId => Caller.UserId;

    /// <summary>What this operation reads: its transaction's uncommitted state, else the committed store.</summary>
    public StoreSnapshot Snapshot => Transaction?.Working ?? Runtime.Store.Committed;

    public Transaction Tx => Transaction ?? throw new InvalidOperationException("The main operation runs inside a transaction.");
}
