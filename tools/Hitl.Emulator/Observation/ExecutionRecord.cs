namespace Hitl.Emulator;

public enum ExecutionOutcome { Succeeded, Failed }

/// <summary>
/// One plug-in execution (a step, or a custom API's main operation at stage 30): what tests assert on,
/// e.g. call budgets via <see cref="ServiceCalls"/>.
/// </summary>
public sealed record ExecutionRecord
{
    public required string Message { get; init; }
    public required string Entity { get; init; }
    public required int Stage { get; init; }
    public required string Step { get; init; }
    public required int Mode { get; init; }
    public required int Depth { get; init; }
    public required Guid CorrelationId { get; init; }
    public required TimeSpan Duration { get; init; }
    /// <summary>IOrganizationService calls the plug-in itself made (nested plug-ins count in their own records).</summary>
    public required int ServiceCalls { get; init; }
    public required ExecutionOutcome Outcome { get; init; }
    /// <summary>The exception message when the execution failed.</summary>
    public string? Error { get; init; }
    /// <summary>Everything traced or logged during this execution, in order.</summary>
    public IReadOnlyList<string> Trace { get; init; } = [];
}
