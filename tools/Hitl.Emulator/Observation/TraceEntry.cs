namespace Hitl.Emulator;

/// <summary>A line a plug-in wrote through ITracingService or ILogger (Source "Trace" or "Log:&lt;level&gt;").</summary>
public sealed record TraceEntry(string Step, string Source, string Message, Guid CorrelationId, int Depth);
