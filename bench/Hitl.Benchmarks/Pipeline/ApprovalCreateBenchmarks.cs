using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace Hitl.Benchmarks.Pipeline;

/// <summary>
/// A requester creates a lead review through the emulator's organization service: the Create pipeline with
/// the shipped PreOperation step (ApprovalLifecycle: open-duplicate query, SLA due date, correlation key),
/// write validation, privilege checks and the commit. Each iteration works on a fresh clone of the seeded
/// organization, so every create regards a lead with no open approval.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Operations)]
public class ApprovalCreateBenchmarks
{
    private const int Operations = 128;

    private SalesOrganization _seeded = null!;
    private SalesOrganization _organization = null!;
    private IOrganizationService _requester = null!;
    private EntityReference _owner = null!;
    private SeededRun _leads = null!;

    [GlobalSetup]
    public void Setup() => _seeded = SalesOrganization.Create(leads: Operations + 1);

    [IterationSetup]
    public void NewOrganization()
    {
        _organization = _seeded.Clone();
        _requester = _organization.As(_organization.Requester);
        _owner = new EntityReference("systemuser", _organization.Owner);
        // Each clone is a new organization with cold plug-in caches (environment variables); in Dataverse the
        // cache is warm almost always, so the loading call stays out of the measurement.
        _requester.Create(SalesOrganization.NewApproval(_organization.Leads[Operations], _owner));
        _organization.Emulator.ClearExecutionLog();
        _leads = new SeededRun(_organization.Leads, Operations);
    }

    [Benchmark]
    public Guid CreateApproval() => _requester.Create(SalesOrganization.NewApproval(_leads.Next(), _owner));

    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine(ServiceCallReport.Format("Create hitl_approval by the requester", _leads.Used, _organization.Emulator.ExecutionLog));
}
