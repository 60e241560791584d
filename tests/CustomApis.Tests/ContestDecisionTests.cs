using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.CustomApis.Tests.Support;
using Hitl.Dataverse.Decisions;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Tests;

/// <summary>hitl_ContestDecision (issue 4, point 10; GDPR Art. 22(3)): a contested automated decision gets a human review.</summary>
public class ContestDecisionTests
{
    private const string Statement = "The revenue figure is from 2019; we have grown since.";

    [Fact]
    public void Contesting_opens_a_review_of_the_latest_automated_decision_with_its_evidence_due_in_one_month()
    {
        var world = new ApprovalWorld();
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        LogScoring(world, lead, "lead-score 2.3.0", "Qualified");
        world.Emulator.Clock.Advance(TimeSpan.FromDays(2));
        var latest = LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");
        world.Emulator.Clock.Advance(TimeSpan.FromHours(1));
        var now = world.Emulator.Clock.UtcNow;

        var response = world.Contest(world.RoleApprover, new EntityReference("lead", lead), Statement);

        var id = (Guid)response["ApprovalId"]!;
        Assert.Equal(now.AddMonths(1), response["DueOn"]);
        var row = world.Approval(id);
        Assert.Equal(ApprovalType.ContestedDecision.Value, row.GetAttributeValue<OptionSetValue>("hitl_type").Value);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Equal(now.AddMonths(1), row["hitl_dueon"]);
        Assert.Equal(latest, row.GetAttributeValue<EntityReference>("hitl_automateddecisionid").Id);
        Assert.Equal(lead, row.GetAttributeValue<EntityReference>("hitl_leadid").Id);
        Assert.Equal(new EntityReference("systemuser", world.Seller), world.OwnerOf(id), ReferenceComparer.Instance);
        Assert.Equal(world.RoleApprover, row.GetAttributeValue<EntityReference>("hitl_requestedby").Id);

        var evidence = JObject.Parse(row.GetAttributeValue<string>("hitl_evidence"));
        Assert.Equal("lead-score 2.3.1", (string?)evidence["modelVersion"]);
        Assert.Equal("Disqualified", (string?)evidence["outcome"]);
        Assert.Equal(new[] { "Annual revenue below 1M", "Industry not targeted" }, evidence["reasons"]!.Select(r => (string)r!));
        Assert.Equal("{\"annualRevenue\":800000,\"hasEmail\":true,\"industry\":\"Retail\"}", evidence["inputs"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(Statement, (string?)evidence["statement"]);
        Assert.Equal(latest.ToString("D"), (string?)evidence["automatedDecisionId"]);
    }

    [Fact]
    public void The_configured_escalation_team_reviews_contests_instead_of_the_record_owner()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalEscalationTeam", "Lead Reviewers");
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");

        var id = (Guid)world.Contest(world.RoleApprover, new EntityReference("lead", lead), Statement)["ApprovalId"]!;

        Assert.Equal(new EntityReference("team", world.ReviewTeam), world.OwnerOf(id), ReferenceComparer.Instance);
    }

    [Fact]
    public void Contesting_again_while_the_review_is_open_returns_the_same_approval()
    {
        var world = new ApprovalWorld();
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");
        var first = world.Contest(world.RoleApprover, new EntityReference("lead", lead), Statement);
        world.Emulator.Clock.Advance(TimeSpan.FromDays(3));

        var second = world.Contest(world.RoleApprover, new EntityReference("lead", lead), "Following up on my earlier request.");

        Assert.Equal(first["ApprovalId"], second["ApprovalId"]);
        Assert.Equal(first["DueOn"], second["DueOn"]);
        Assert.Single(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void A_record_without_a_logged_automated_decision_cannot_be_contested()
    {
        var world = new ApprovalWorld();
        var lead = world.AddLead("Fabrikam", owner: world.Seller);

        var fault = ProductEmulator.Fault(() => world.Contest(world.RoleApprover, new EntityReference("lead", lead), Statement));

        Assert.Contains("No automated decision is recorded for this lead record, so there is nothing to contest", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void An_empty_statement_is_refused()
    {
        var world = new ApprovalWorld();
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");

        var fault = ProductEmulator.Fault(() => world.Contest(world.RoleApprover, new EntityReference("lead", lead), "   "));

        Assert.Contains("Describe why the decision is contested", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void A_caller_who_cannot_read_the_record_gets_a_privilege_fault_and_no_review_is_opened()
    {
        var world = new ApprovalWorld();
        var nobody = world.Emulator.AddUser("Nora Noroles", "nora@contoso.test");
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");

        var fault = ProductEmulator.Fault(() => world.Contest(nobody, new EntityReference("lead", lead), Statement));

        Assert.Contains("prvReadLead", fault.Message);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void Deciding_the_contest_records_the_human_review_on_the_automated_decision()
    {
        var world = new ApprovalWorld();
        var lead = world.AddLead("Fabrikam", owner: world.Seller);
        var logged = LogScoring(world, lead, "lead-score 2.3.1", "Disqualified");
        var id = (Guid)world.Contest(world.RoleApprover, new EntityReference("lead", lead), Statement)["ApprovalId"]!;
        world.Emulator.Clock.Advance(TimeSpan.FromDays(4));

        world.Submit(world.Seller, id, "Reject", reason: "ModelError: revenue figure is outdated");

        var review = world.Emulator.Find("hitl_automateddecision", logged)!;
        Assert.Equal(world.Seller, review.GetAttributeValue<EntityReference>("hitl_reviewedby").Id);
        Assert.Equal("Rejected (ModelError)", review["hitl_reviewoutcome"]);
        Assert.Equal(world.Emulator.Clock.UtcNow, review["hitl_reviewedon"]);
        Assert.Equal(id, review.GetAttributeValue<EntityReference>("hitl_approvalid").Id);
    }

    private static Guid LogScoring(ApprovalWorld world, Guid lead, string modelVersion, string outcome) =>
        DecisionLog.Record(world.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, "lead", lead, modelVersion,
            new Dictionary<string, object?> { ["industry"] = "Retail", ["annualRevenue"] = 800000, ["hasEmail"] = true },
            outcome, new[] { "Annual revenue below 1M", "Industry not targeted" }, NeedsReview: false, world.Emulator.Clock.UtcNow));
}
