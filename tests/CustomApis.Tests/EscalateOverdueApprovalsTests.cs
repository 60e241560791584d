using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Emulator;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests;

/// <summary>hitl_EscalateOverdueApprovals (issue 4, point 6): overdue pending → escalated, escalated too long → expired.</summary>
public class EscalateOverdueApprovalsTests
{
    private static readonly TimeSpan Sla = TimeSpan.FromHours(48);
    private static readonly TimeSpan Expiry = TimeSpan.FromHours(72);

    [Fact]
    public void Nothing_is_escalated_before_or_exactly_at_the_due_time()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        var before = world.Approval(id).RowVersion;

        world.Emulator.Clock.Advance(TimeSpan.FromHours(1));
        var early = world.Escalate(admin);
        world.Emulator.Clock.Advance(Sla - TimeSpan.FromHours(1));
        var atDue = world.Escalate(admin);

        Assert.Equal((0, 0), Counts(early));
        Assert.Equal((0, 0), Counts(atDue));
        Assert.Equal(before, world.Approval(id).RowVersion);
    }

    [Fact]
    public void A_pending_approval_past_its_due_time_is_escalated_to_the_owners_manager()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromSeconds(1));

        var response = world.Escalate(admin);

        Assert.Equal((1, 0), Counts(response));
        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Escalated, world.StatusOf(id));
        Assert.Equal(world.Emulator.Clock.UtcNow, row["hitl_escalatedon"]);
        Assert.Equal(new EntityReference("systemuser", world.Manager), world.OwnerOf(id), ReferenceComparer.Instance);
    }

    [Fact]
    public void The_configured_escalation_team_receives_overdue_approvals()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalEscalationTeam", "Lead Reviewers");
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));

        world.Escalate(admin);

        Assert.Equal(ApprovalStatus.Escalated, world.StatusOf(id));
        Assert.Equal(new EntityReference("team", world.ReviewTeam), world.OwnerOf(id), ReferenceComparer.Instance);
    }

    [Fact]
    public void A_configured_team_that_does_not_exist_falls_back_to_the_manager_and_says_so_in_the_trace()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalEscalationTeam", "Escalation Desk");
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));

        world.Escalate(admin);

        Assert.Equal(new EntityReference("systemuser", world.Manager), world.OwnerOf(id), ReferenceComparer.Instance);
        // Traced by the setting's name, not its value: teams are often named after people.
        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("The team named in hitl_ApprovalEscalationTeam does not exist"));
        Assert.DoesNotContain(world.Emulator.Traces, t => t.Message.Contains("Escalation Desk"));
    }

    [Fact]
    public void An_owner_without_a_manager_keeps_the_approval_and_it_is_still_marked_escalated()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval(owner: new EntityReference("systemuser", world.Outsider));
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));

        world.Escalate(admin);

        Assert.Equal(ApprovalStatus.Escalated, world.StatusOf(id));
        Assert.Equal(new EntityReference("systemuser", world.Outsider), world.OwnerOf(id), ReferenceComparer.Instance);
    }

    [Fact]
    public void An_escalated_approval_past_the_expiry_window_expires_without_a_decision_by_automation()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));
        world.Escalate(admin);

        world.Emulator.Clock.Advance(Expiry);
        var atWindow = world.Escalate(admin);
        world.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        var pastWindow = world.Escalate(admin);

        Assert.Equal((0, 0), Counts(atWindow));
        Assert.Equal((0, 1), Counts(pastWindow));
        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Expired, world.StatusOf(id));
        Assert.Equal(DecisionSource.Automation, world.SourceOf(id));
        Assert.Equal(world.Emulator.Clock.UtcNow, row["hitl_decidedon"]);
        Assert.False(row.Contains("hitl_decision"));
        Assert.Null(world.DecidedBy(id));
    }

    [Fact]
    public void The_expiry_window_comes_from_the_environment_variable()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalExpiryHours", "12");
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));
        world.Escalate(admin);

        world.Emulator.Clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1));
        var response = world.Escalate(admin);

        Assert.Equal((0, 1), Counts(response));
        Assert.Equal(ApprovalStatus.Expired, world.StatusOf(id));
    }

    [Fact]
    public void One_run_escalates_and_expires_what_is_due_counts_both_and_leaves_closed_approvals_untouched()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var escalatedEarlier = world.RequestApproval(regardingLead: world.AddLead("Early"));
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));
        world.Escalate(admin);

        var overdue1 = world.RequestApproval(regardingLead: world.AddLead("One"));
        var overdue2 = world.RequestApproval(regardingLead: world.AddLead("Two"));
        var decided = world.RequestApproval(regardingLead: world.AddLead("Decided"));
        world.DecideOnForm(world.Owner, decided, ApprovalDecision.Approve);
        var cancelled = world.RequestApproval(regardingLead: world.AddLead("Cancelled"));
        world.As(world.Requester).Update(new Entity("hitl_approval", cancelled) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });
        var closedVersions = new[] { world.Approval(decided).RowVersion, world.Approval(cancelled).RowVersion };
        world.Emulator.Clock.Advance(Expiry + TimeSpan.FromMinutes(1));

        var response = world.Escalate(admin);
        var again = world.Escalate(admin);

        Assert.Equal((2, 1), Counts(response));
        Assert.Equal((0, 0), Counts(again));
        Assert.Equal(ApprovalStatus.Expired, world.StatusOf(escalatedEarlier));
        Assert.Equal(ApprovalStatus.Escalated, world.StatusOf(overdue1));
        Assert.Equal(ApprovalStatus.Escalated, world.StatusOf(overdue2));
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(decided));
        Assert.Equal(ApprovalStatus.Cancelled, world.StatusOf(cancelled));
        Assert.Equal(closedVersions, new[] { world.Approval(decided).RowVersion, world.Approval(cancelled).RowVersion });
    }

    [Fact]
    public void The_new_owner_can_decide_an_escalated_approval_and_the_previous_owner_no_longer_can()
    {
        var world = new ApprovalWorld();
        var admin = world.AddFlowAccount("HITL Administrator");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));
        world.Escalate(admin);

        var previousOwner = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Approve"));
        var response = world.Submit(world.Manager, id, "Approve");

        Assert.Contains("You cannot decide this approval", previousOwner.Message);
        Assert.Equal("Approved", response["Status"]);
        Assert.Equal(world.Manager, world.DecidedBy(id));
    }

    [Fact]
    public void A_caller_without_read_access_to_approvals_is_refused_by_the_execute_privilege()
    {
        var world = new ApprovalWorld();
        var nobody = world.Emulator.AddUser("Nora Noroles", "nora@contoso.test");
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(Sla + TimeSpan.FromMinutes(1));

        var fault = ProductEmulator.Fault(() => world.Escalate(nobody));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvReadhitl_Approval", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    private static (int Escalated, int Expired) Counts(OrganizationResponse response) =>
        ((int)response["EscalatedCount"]!, (int)response["ExpiredCount"]!);
}
