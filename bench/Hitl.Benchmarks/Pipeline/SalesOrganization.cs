using Hitl.Core.Approvals;
using Hitl.Emulator;
using Microsoft.Xrm.Sdk;

namespace Hitl.Benchmarks.Pipeline;

/// <summary>
/// The emulator loaded from the repository's solution/ (the registrations that ship are the ones measured),
/// with a small sales organization: a requester, an owner and another user holding the HITL Approver role, a
/// manager, a review team and its member, and leads to review. Cloning keeps every id, so a benchmark seeds once and
/// works on cheap copies.
/// </summary>
internal sealed class SalesOrganization
{
    private static readonly Lazy<DataverseEmulator> Template =
        new(() => DataverseEmulator.Load(SolutionLocator.Resolve(), new EmulatorOptions { Seed = 2026 }));

    private SalesOrganization(DataverseEmulator emulator, SalesOrganization? from)
    {
        Emulator = emulator;
        if (from is null) return;
        Manager = from.Manager;
        Requester = from.Requester;
        Owner = from.Owner;
        RoleApprover = from.RoleApprover;
        TeamMember = from.TeamMember;
        ReviewTeam = from.ReviewTeam;
        Leads = from.Leads;
    }

    public DataverseEmulator Emulator { get; }

    public Guid Manager { get; private init; }

    public Guid Requester { get; private init; }

    /// <summary>The assigned approver: a HITL Approver, not a system administrator, so privilege checks run.</summary>
    public Guid Owner { get; private init; }

    /// <summary>Holds the HITL Approver role but is neither the owner nor in the owning team.</summary>
    public Guid RoleApprover { get; private init; }

    public Guid TeamMember { get; private init; }

    public Guid ReviewTeam { get; private init; }

    public IReadOnlyList<Guid> Leads { get; private init; } = Array.Empty<Guid>();

    public static SalesOrganization Create(int leads)
    {
        var emulator = Template.Value.Clone();
        var manager = emulator.AddUser("Mara Manager", "mara@contoso.test", null, DataverseEmulator.SystemAdministratorRole);
        var member = emulator.AddUser("Tom Member", "tom@contoso.test", manager, "HITL Approver");
        var system = emulator.CreateService();
        return new SalesOrganization(emulator, null)
        {
            Manager = manager,
            Requester = emulator.AddUser("Rita Requester", "rita@contoso.test", manager, DataverseEmulator.SystemAdministratorRole),
            Owner = emulator.AddUser("Oscar Owner", "oscar@contoso.test", manager, "HITL Approver"),
            RoleApprover = emulator.AddUser("Ada Approver", "ada@contoso.test", manager, "HITL Approver"),
            TeamMember = member,
            ReviewTeam = emulator.AddTeam("Lead Reviewers", member),
            Leads = Enumerable.Range(0, leads)
                .Select(i => system.Create(new Entity("lead") { ["lastname"] = $"Lead {i:D5}", ["companyname"] = Company(i) }))
                .ToArray(),
        };
    }

    /// <summary>A structural copy (O(1)): same users and leads, its own rows, log and plug-in caches.</summary>
    public SalesOrganization Clone() => new(Emulator.Clone(), this);

    public IOrganizationService As(Guid user) => Emulator.CreateService(user);

    /// <summary>What a requester (or the scoring plug-in) sends: a lead review assigned to an approver.</summary>
    public static Entity NewApproval(Guid leadId, EntityReference owner, ApprovalType? type = null)
    {
        return new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue((type ?? ApprovalType.LeadReview).Value),
            ["hitl_leadid"] = new EntityReference("lead", leadId),
            ["hitl_evidence"] = "{\"score\":71,\"reasons\":[\"Budget confirmed\"]}",
            ["hitl_recommendation"] = new OptionSetValue((int)ApprovalDecision.Approve),
            ["ownerid"] = owner,
        };
    }

    /// <summary>What the model-driven form saves when the approver sets Decision (and reason fields).</summary>
    public static Entity Decision(Guid approvalId, ApprovalDecision decision, string? reasonCode = null, string? reason = null)
    {
        var update = new Entity("hitl_approval", approvalId) { ["hitl_decision"] = new OptionSetValue((int)decision) };
        if (reasonCode is not null) update["hitl_reasoncode"] = reasonCode;
        if (reason is not null) update["hitl_decisionreason"] = reason;
        return update;
    }

    private static string Company(int i) => (i % 4) switch
    {
        0 => "Contoso",
        1 => "Fabrikam",
        2 => "Northwind Traders",
        _ => "Adventure Works",
    };
}
