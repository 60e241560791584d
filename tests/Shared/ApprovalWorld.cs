using Hitl.Core.Approvals;
using Hitl.Emulator;
using Microsoft.Xrm.Sdk;

namespace Hitl.Testing;

/// <summary>
/// A small sales organisation for approval tests: a requester, an owner-approver, a holder of the HITL
/// Approver role, a seller, an outsider, a manager, a review team, and a lead to review.
/// </summary>
internal sealed class ApprovalWorld
{
    public ApprovalWorld()
        : this(ProductEmulator.New())
    {
    }

    /// <summary>The same organisation on another emulator (e.g. one with a test step added to the product's).</summary>
    public ApprovalWorld(DataverseEmulator emulator)
    {
        Emulator = emulator;
        Manager = Emulator.AddUser("Mara Manager", "mara@contoso.test", null, DataverseEmulator.SystemAdministratorRole);
        Requester = Emulator.AddUser("Rita Requester", "rita@contoso.test", Manager, DataverseEmulator.SystemAdministratorRole);
        Owner = Emulator.AddUser("Oscar Owner", "oscar@contoso.test", Manager, DataverseEmulator.SystemAdministratorRole);
        RoleApprover = Emulator.AddUser("Ada Approver", "ada@contoso.test", Manager, "HITL Approver");
        Seller = Emulator.AddUser("Sam Seller", "sam@contoso.test", Manager, DataverseEmulator.SystemAdministratorRole);
        Outsider = Emulator.AddUser("Olga Outsider", "olga@contoso.test", null, DataverseEmulator.SystemAdministratorRole);
        TeamMember = Emulator.AddUser("Tom Member", "tom@contoso.test", Manager, DataverseEmulator.SystemAdministratorRole);
        ReviewTeam = Emulator.AddTeam("Lead Reviewers", TeamMember);
        LeadId = AddExistingLead(new Entity("lead") { ["lastname"] = "Example", ["companyname"] = "Contoso" });
    }

    /// <summary>
    /// A lead that was there before HITL Sales scored leads (migrated with BypassCustomPluginExecution, as an
    /// administrator's data import does): unscored, with no lead review of its own, so tests request the approvals.
    /// </summary>
    public Guid AddExistingLead(Entity lead)
    {
        var request = new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = lead };
        request.Parameters["BypassCustomPluginExecution"] = true;
        return ((Microsoft.Xrm.Sdk.Messages.CreateResponse)Emulator.CreateService().Execute(request)).id;
    }

    public DataverseEmulator Emulator { get; }

    public Guid Manager { get; }

    public Guid Requester { get; }

    public Guid Owner { get; }

    public Guid RoleApprover { get; }

    public Guid Seller { get; }

    public Guid Outsider { get; }

    public Guid TeamMember { get; }

    public Guid ReviewTeam { get; }

    public Guid LeadId { get; }

    public IOrganizationService As(Guid user) => Emulator.CreateService(user);

    /// <summary>The requester asks for a review of the lead, assigned to the owner (or a team).</summary>
    public Guid RequestApproval(
        ApprovalType? type = null,
        ApprovalDecision? recommendation = ApprovalDecision.Approve,
        EntityReference? owner = null,
        Guid? subject = null,
        Guid? regardingLead = null)
    {
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue((type ?? ApprovalType.LeadReview).Value),
            ["hitl_leadid"] = new EntityReference("lead", regardingLead ?? LeadId),
            ["hitl_evidence"] = "{\"score\":71,\"reasons\":[\"Budget confirmed\"]}",
            ["ownerid"] = owner ?? new EntityReference("systemuser", Owner),
        };
        if (recommendation.HasValue) approval["hitl_recommendation"] = new OptionSetValue((int)recommendation.Value);
        if (subject.HasValue) approval["hitl_subjectuserid"] = new EntityReference("systemuser", subject.Value);
        return As(Requester).Create(approval);
    }

    /// <summary>Decides on the form: the user sets Decision (and reason fields) and saves.</summary>
    public void DecideOnForm(Guid user, Guid approvalId, ApprovalDecision decision, string? reasonCode = null, string? reason = null)
    {
        var update = new Entity("hitl_approval", approvalId) { ["hitl_decision"] = new OptionSetValue((int)decision) };
        if (reasonCode != null) update["hitl_reasoncode"] = reasonCode;
        if (reason != null) update["hitl_decisionreason"] = reason;
        As(user).Update(update);
    }

    public Entity Approval(Guid id) => Emulator.Find("hitl_approval", id) ?? throw new InvalidOperationException($"approval {id} not found");

    public ApprovalStatus StatusOf(Guid id) => (ApprovalStatus)Approval(id).GetAttributeValue<OptionSetValue>("hitl_status").Value;
}
