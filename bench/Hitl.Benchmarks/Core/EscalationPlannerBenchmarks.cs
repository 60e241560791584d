using BenchmarkDotNet.Attributes;
using Hitl.Core.Approvals;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// EscalationPlanner.Plan over 10,000 approvals: one run of hitl_EscalateOverdueApprovals after the
/// plug-in has read the open approvals (sorting, the overdue/expired checks, a transition per action).
/// </summary>
[MemoryDiagnoser]
public class EscalationPlannerBenchmarks
{
    private const int Approvals = 10_000;
    private const decimal ExpiryHours = 72m;

    private List<ApprovalSnapshot> _approvals = null!;
    private IEscalationTarget _target = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var users = SampleData.Guids(random, 100);
        var managers = SampleData.Guids(random, 10);
        var teams = SampleData.Guids(random, 5);
        // Nine in ten owners have a manager to escalate to; the others keep the approval (still escalated).
        var managerByUser = users.Take(90).Select((u, i) => (u, m: managers[i % managers.Length])).ToDictionary(p => p.u, p => p.m);
        _target = new ConfiguredEscalationTarget(null, managerByUser);
        _approvals = SampleData.Snapshots(Approvals, 11, users, teams, ExpiryHours);

        var actions = Plan();
        if (!actions.Any(a => a.Kind == EscalationActionKind.Escalate) || !actions.Any(a => a.Kind == EscalationActionKind.Expire))
        {
            throw new InvalidOperationException("The sample must make the planner both escalate and expire approvals.");
        }
    }

    [Benchmark]
    public IReadOnlyList<EscalationAction> Plan() => EscalationPlanner.Plan(_approvals, SampleData.Now, ExpiryHours, _target);
}
