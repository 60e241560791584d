using System.Globalization;
using System.Text;
using Hitl.Emulator;

namespace Hitl.Benchmarks.Pipeline;

/// <summary>
/// Organization-service calls per plug-in execution, from the emulator's ExecutionLog. Printed with the
/// results because in Dataverse each call is a round trip inside the transaction: the count matters as much
/// as the time.
/// </summary>
internal static class ServiceCallReport
{
    public static string Format(string operation, int operations, IReadOnlyList<ExecutionRecord> log)
    {
        var text = new StringBuilder();
        var total = log.Sum(r => r.ServiceCalls);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"// Organization-service calls for {operation}: {(double)total / Math.Max(operations, 1):0.##} per operation ({operations} operations, {log.Count} plug-in executions, {total} calls)");
        // Depth separates a step from the same step re-entered by the plug-in's own writes.
        foreach (var step in log.GroupBy(r => (r.Message, r.Entity, r.Stage, r.Depth, r.Step)).OrderBy(g => g.Key.Depth))
        {
            var calls = step.Select(r => r.ServiceCalls).ToList();
            var failed = step.Count(r => r.Outcome == ExecutionOutcome.Failed);
            var failures = failed > 0 ? $", {failed} failed" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"//   depth {step.Key.Depth}, {step.Key.Message} {step.Key.Entity} stage {step.Key.Stage}, {step.Key.Step}: {step.Count()} executions, calls per execution min {calls.Min()} / mean {calls.Average():0.##} / max {calls.Max()}{failures}");
        }

        return text.ToString();
    }
}
