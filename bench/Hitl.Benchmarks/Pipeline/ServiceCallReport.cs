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
        text.AppendLine(CultureInfo.InvariantCulture, $"// Organization-service calls for {operation} ({operations} operations, {log.Count} plug-in executions):");
        foreach (var step in log.GroupBy(r => (r.Message, r.Entity, r.Stage, r.Step)))
        {
            var calls = step.Select(r => r.ServiceCalls).ToList();
            var failed = step.Count(r => r.Outcome == ExecutionOutcome.Failed);
            var failures = failed > 0 ? $", {failed} failed" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"//   {step.Key.Message} {step.Key.Entity} stage {step.Key.Stage}, {step.Key.Step}: {step.Count()} executions, calls per execution min {calls.Min()} / mean {calls.Average():0.##} / max {calls.Max()}{failures}");
        }

        return text.ToString();
    }
}
