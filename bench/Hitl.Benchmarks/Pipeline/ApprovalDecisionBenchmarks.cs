using BenchmarkDotNet.Attributes;
using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Benchmarks.Pipeline;

/// <summary>Who saves the decision on the form, which decides how much the plug-in must ask Dataverse.</summary>
public enum Decider
{
    /// <summary>The owning user: no lookup needed.</summary>
    Owner,

    /// <summary>A member of the owning team: one team-membership query.</summary>
    OwningTeamMember,

    /// <summary>Another HITL Approver: role queries.</summary>
    ApproverRole,
}

/// <summary>
/// An approver approves on the model-driven form (an Update of hitl_decision): the Update pipeline with the
/// shipped PreOperation validation (pre-image, decider authority, reason codes from the environment variable)
/// and the PostOperation outcome step. Approvals are created in [GlobalSetup]; each iteration decides them on
/// a fresh clone.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Operations)]
public class ApprovalDecisionBenchmarks
{
    private const int Operations = 512;

    private SalesOrganization _seeded = null!;
    private SalesOrganization _organization = null!;
    private Guid[] _approvals = null!;
    private IOrganizationService _decider = null!;
    private SeededRun _pending = null!;

    [Params(Decider.Owner, Decider.OwningTeamMember, Decider.ApproverRole)]
    public Decider DecidedBy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeded = SalesOrganization.Create(leads: Operations + 1);
        var owner = DecidedBy == Decider.OwningTeamMember
            ? new EntityReference("team", _seeded.ReviewTeam)
            : new EntityReference("systemuser", _seeded.Owner);
        var requester = _seeded.As(_seeded.Requester);
        _approvals = _seeded.Leads.Select(lead => requester.Create(SalesOrganization.NewApproval(lead, owner))).ToArray();
    }

    [IterationSetup]
    public void NewOrganization()
    {
        _organization = _seeded.Clone();
        _decider = _organization.As(DecidedBy switch
        {
            Decider.Owner => _organization.Owner,
            Decider.OwningTeamMember => _organization.TeamMember,
            _ => _organization.RoleApprover,
        });
        // A clone has cold plug-in caches; in Dataverse they are almost always warm (see ApprovalCreateBenchmarks).
        _decider.Update(SalesOrganization.Decision(_approvals[Operations], ApprovalDecision.Approve));
        _organization.Emulator.ClearExecutionLog();
        _pending = new SeededRun(_approvals, Operations);
    }

    [Benchmark]
    public void ApproveOnForm() => _decider.Update(SalesOrganization.Decision(_pending.Next(), ApprovalDecision.Approve));

    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine(ServiceCallReport.Format($"Update hitl_approval (approve on the form) by {DecidedBy}", _pending.Used, _organization.Emulator.ExecutionLog));
}
