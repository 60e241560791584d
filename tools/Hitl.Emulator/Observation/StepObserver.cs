using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Observation;

/// <summary>Per-execution tracing service and service-call counter.</summary>
internal sealed class StepObserver : ITracingService
{
    private readonly ExecutionJournal _journal;
    private readonly string _step;
    private readonly Guid _correlationId;
    private readonly int _depth;
    private readonly List<string> _lines = [];
    private int _serviceCalls;

    public StepObserver(ExecutionJournal journal, string step, Guid correlationId, int depth)
    {
        _journal = journal;
        _step = step;
        _correlationId = correlationId;
        _depth = depth;
    }

    public int ServiceCalls => Volatile.Read(ref _serviceCalls);

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return _lines.ToArray(); }
    }

    public void CountServiceCall() => Interlocked.Increment(ref _serviceCalls);

    public void Trace(string format, params object[] args)
    {
        // Like the platform: a format without args is written verbatim (braces included).
        var text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        Write("Trace", text);
    }

    public void Write(string source, string text)
    {
        lock (_lines) _lines.Add(text);
        _journal.Add(new TraceEntry(_step, source, text, _correlationId, _depth));
    }
}
