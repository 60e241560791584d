using System.Collections.Concurrent;

namespace Hitl.Emulator.Observation;

/// <summary>Thread-safe, append-only record of executions and traces for one emulator instance.</summary>
internal sealed class ExecutionJournal
{
    private readonly ConcurrentQueue<ExecutionRecord> _executions = new();
    private readonly ConcurrentQueue<TraceEntry> _traces = new();

    public IReadOnlyList<ExecutionRecord> Executions => _executions.ToArray();
    public IReadOnlyList<TraceEntry> Traces => _traces.ToArray();

    public void Add(ExecutionRecord record) => _executions.Enqueue(record);
    public void Add(TraceEntry entry) => _traces.Enqueue(entry);

    public void Clear()
    {
        _executions.Clear();
        _traces.Clear();
    }
}
