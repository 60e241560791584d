using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Emulator;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests;

/// <summary>hitl_SubmitApprovalDecision: who decides, what is written, replays and refusals (issue 4, point 4).</summary>
public class SubmitApprovalDecisionTests
{
    [Fact]
    public void An_approver_approves_and_the_row_records_the_caller_as_decider_with_source_api()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(TimeSpan.FromHours(3));

        var response = world.Submit(world.RoleApprover, id, "Approve");

        Assert.Equal("Approved", response["Status"]);
        Assert.Equal(false, response["AlreadyDecided"]);
        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
        Assert.Equal((int)ApprovalDecision.Approve, row.GetAttributeValue<OptionSetValue>("hitl_decision").Value);
        Assert.Equal(world.RoleApprover, world.DecidedBy(id));
        Assert.Equal(world.Emulator.Clock.UtcNow, row["hitl_decidedon"]);
        Assert.Equal(DecisionSource.Api, world.SourceOf(id));
    }

    [Fact]
    public void A_flow_account_with_the_approver_role_records_the_responder_named_by_email_with_source_flow()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();

        var response = world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test");

        Assert.Equal("Approved", response["Status"]);
        Assert.Equal(world.Owner, world.DecidedBy(id));
        Assert.Equal(DecisionSource.Flow, world.SourceOf(id));
    }

    [Fact]
    public void A_flow_account_with_the_approver_role_records_the_responder_named_by_id_with_source_flow()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();

        world.Submit(flow, id, "Reject", reason: "Duplicate of an existing account", reasonCode: "DataQuality", responderId: world.Owner);

        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Rejected, world.StatusOf(id));
        Assert.Equal(world.Owner, world.DecidedBy(id));
        Assert.Equal(DecisionSource.Flow, world.SourceOf(id));
        Assert.Equal("DataQuality", row["hitl_reasoncode"]);
        Assert.Equal("Duplicate of an existing account", row["hitl_decisionreason"]);
    }

    [Fact]
    public void The_responder_email_matches_whatever_its_letter_case()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();

        // The Approvals connector returns the address as Entra ID spells it; Dataverse compares text ignoring case.
        world.Submit(flow, id, "Approve", responderEmail: " Oscar@Contoso.TEST ");

        Assert.Equal(world.Owner, world.DecidedBy(id));
    }

    [Fact]
    public void The_rules_are_checked_against_the_responder_not_the_flow_account()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();

        // The flow account may decide anything itself, but the outsider it names may not decide this approval.
        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderEmail: "olga@contoso.test"));

        Assert.Contains("You cannot decide this approval", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void A_caller_without_the_approver_role_cannot_decide_in_someone_elses_name_and_nothing_is_written()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        var before = world.Approval(id).RowVersion;

        var fault = ProductEmulator.Fault(() => world.Submit(world.Outsider, id, "Approve", responderId: world.Owner));

        Assert.Contains("Only the flow's connection account, holding the HITL Flow Integration role, can submit a decision on behalf of a responder", fault.Message);
        Assert.Equal(before, world.Approval(id).RowVersion);
        Assert.Null(world.DecidedBy(id));
    }

    [Fact]
    public void An_unknown_responder_email_is_refused_with_what_to_check()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderEmail: "nobody@contoso.test"));

        Assert.Contains("No single enabled Dataverse user has the e-mail address given in ResponderEmail", fault.Message);
        Assert.DoesNotContain("nobody@contoso.test", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void An_unknown_responder_id_is_refused()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        var stranger = Guid.Parse("5b0f1d7e-0000-4000-8000-000000000001");

        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderId: stranger));

        Assert.Contains($"ResponderId {stranger:D} is not an enabled Dataverse user", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void A_disabled_responder_is_refused_by_id_and_by_email()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        world.Emulator.CreateService().Update(new Entity("systemuser", world.Owner) { ["isdisabled"] = true });

        var byId = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderId: world.Owner));
        var byEmail = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test"));

        Assert.Contains($"ResponderId {world.Owner:D} is not an enabled Dataverse user", byId.Message);
        Assert.Contains("No single enabled Dataverse user has the e-mail address given in ResponderEmail", byEmail.Message);
        Assert.DoesNotContain("oscar@contoso.test", byEmail.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void A_reason_starting_with_a_configured_code_gives_the_code_and_the_rest_as_reason()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        // Teams and Outlook approvals only return a comment, so the approver writes "Code: text".
        world.Submit(world.Owner, id, "Reject", reason: "PolicyException: customer is on the sanctions list");

        var row = world.Approval(id);
        Assert.Equal(ApprovalStatus.Rejected, world.StatusOf(id));
        Assert.Equal("PolicyException", row["hitl_reasoncode"]);
        Assert.Equal("customer is on the sanctions list", row["hitl_decisionreason"]);
    }

    [Fact]
    public void A_reason_whose_prefix_is_not_a_configured_code_stays_text_and_a_rejection_still_needs_a_code()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(recommendation: ApprovalDecision.Reject);

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Reject", reason: "Note: looks fake"));

        Assert.Contains("A rejection needs a reason code. Choose one of: DataQuality, PolicyException, ModelError, CustomerContext, Other", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Theory]
    [InlineData("Maybe")]
    [InlineData("")]
    public void A_decision_other_than_approve_or_reject_is_refused(string decision)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, decision));

        Assert.Contains($"Decision must be Approve or Reject, not '{decision}'", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void Replaying_the_same_decision_by_the_same_responder_succeeds_and_changes_nothing()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test");
        var decided = world.Approval(id);
        world.Emulator.Clock.Advance(TimeSpan.FromMinutes(10));

        var replay = world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test");

        Assert.Equal("Approved", replay["Status"]);
        Assert.Equal(true, replay["AlreadyDecided"]);
        var row = world.Approval(id);
        Assert.Equal(decided["hitl_decidedon"], row["hitl_decidedon"]);
        Assert.Equal(decided.RowVersion, row.RowVersion);
    }

    [Fact]
    public void A_different_decision_after_a_decision_is_refused_naming_who_decided_first()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");
        var decided = world.Approval(id).RowVersion;

        var fault = ProductEmulator.Fault(() => world.Submit(world.RoleApprover, id, "Reject", reason: "Too risky", reasonCode: "Other"));

        Assert.Contains("This approval was already approved by Oscar Owner on 2026-01-05 09:00 UTC", fault.Message);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
        Assert.Equal(decided, world.Approval(id).RowVersion);
    }

    [Fact]
    public void The_same_decision_by_someone_else_is_not_a_replay_and_is_refused()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");

        var fault = ProductEmulator.Fault(() => world.Submit(world.RoleApprover, id, "Approve"));

        Assert.Contains("already approved by Oscar Owner", fault.Message);
        Assert.Equal(world.Owner, world.DecidedBy(id));
    }

    [Fact]
    public void An_answer_after_the_approval_expired_is_refused_saying_so()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(TimeSpan.FromHours(49));
        world.Escalate(flow);
        world.Emulator.Clock.Advance(TimeSpan.FromHours(73));
        world.Escalate(flow);

        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderEmail: "mara@contoso.test"));

        Assert.Contains("This approval expired on 2026-01-10 11:00 UTC without a decision, so it can no longer be decided", fault.Message);
        Assert.Equal(ApprovalStatus.Expired, world.StatusOf(id));
    }

    [Fact]
    public void An_answer_after_the_requester_cancelled_is_refused_naming_who_cancelled()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.As(world.Requester).Update(new Entity("hitl_approval", id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Approve"));

        Assert.Contains("This approval was cancelled by Rita Requester on 2026-01-05 09:00 UTC", fault.Message);
        Assert.Equal(ApprovalStatus.Cancelled, world.StatusOf(id));
    }

    [Fact]
    public void A_missing_approval_id_fails_the_platform_parameter_validation_before_the_handler_runs()
    {
        var world = new ApprovalWorld();
        world.Emulator.ClearExecutionLog();

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Execute(
            new OrganizationRequest("hitl_SubmitApprovalDecision") { ["Decision"] = "Approve" }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("missing the required parameter 'ApprovalId'", fault.Message);
        Assert.DoesNotContain(world.Emulator.ExecutionLog, e => e.Message == "hitl_SubmitApprovalDecision");
    }

    [Fact]
    public void An_unknown_approval_id_is_refused_as_not_found()
    {
        var world = new ApprovalWorld();
        var unknown = Guid.Parse("5b0f1d7e-0000-4000-8000-0000000000aa");

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, unknown, "Approve"));

        // Said the same way as for an approval the caller cannot read, so the answer reveals nothing about either.
        Assert.Contains($"Approval {unknown:D} does not exist, or you cannot see it", fault.Message);
    }

    [Fact]
    public void The_requester_cannot_decide_their_own_request_through_the_api_either()
    {
        var world = new ApprovalWorld();
        world.Emulator.GrantRole(world.Requester, "HITL Approver");
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.Submit(world.Requester, id, "Approve"));

        Assert.Contains("You requested this approval, so someone else must decide it (segregation of duties)", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void A_rejection_without_a_reason_code_is_refused_as_on_the_form()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval(recommendation: ApprovalDecision.Reject);

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Reject", reason: "Not a real company"));

        Assert.Contains("A rejection needs a reason code. Choose one of: DataQuality, PolicyException, ModelError, CustomerContext, Other.", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }
}
