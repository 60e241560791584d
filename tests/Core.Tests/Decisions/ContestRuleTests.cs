using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Decisions;

public class ContestRuleTests
{
    private static readonly Guid OlderId = Guid.Parse("50000000-0000-0000-0000-000000000001");
    private static readonly Guid LatestId = Guid.Parse("50000000-0000-0000-0000-000000000002");
    private static readonly Guid OtherLeadDecisionId = Guid.Parse("50000000-0000-0000-0000-000000000003");

    private static IReadOnlyList<LoggedAutomatedDecision> Log() => new[]
    {
        new LoggedAutomatedDecision(OlderId, AutomatedDecisionRecordTests.Scoring(new DateTime(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc), outcome: "Routed")),
        new LoggedAutomatedDecision(LatestId, AutomatedDecisionRecordTests.Scoring(new DateTime(2026, 1, 20, 8, 0, 0, DateTimeKind.Utc), outcome: "Rejected")),
        new LoggedAutomatedDecision(OtherLeadDecisionId, AutomatedDecisionRecordTests.Scoring(new DateTime(2026, 1, 30, 8, 0, 0, DateTimeKind.Utc)) with { RegardingId = Guid.NewGuid() }),
    };

    [Fact]
    public void Contest_opens_a_review_of_the_latest_decision_about_the_record()
    {
        var result = ContestRule.Open(Log(), "Lead", AutomatedDecisionRecordTests.LeadId, "  I was never asked about my budget.  ");

        var request = result.Value!;
        Assert.False(result.IsRefused);
        Assert.Equal(ApprovalType.ContestedDecision, request.Type);
        Assert.Equal(LatestId, request.AutomatedDecisionId);
        Assert.Equal("lead", request.RegardingTable);
        Assert.Equal($"Contested LeadScoring: Lead {AutomatedDecisionRecordTests.LeadId:D}", request.Name);
        Assert.Equal(
            "{\"modelVersion\":\"logit-2026.03\",\"reasons\":[\"Budget above 100k\",\"Industry: manufacturing\"],\"decisionType\":\"LeadScoring\"," +
            $"\"automatedDecisionId\":\"{LatestId:D}\",\"decidedOn\":\"2026-01-20T08:00:00Z\",\"outcome\":\"Rejected\"," +
            "\"inputs\":{\"budgetamount\":125000.5,\"hasEmail\":true,\"industrycode\":7},\"statement\":\"I was never asked about my budget.\"}",
            request.EvidenceJson);
    }

    [Fact]
    public void No_automated_decision_about_the_record_is_a_clear_refusal()
    {
        var result = ContestRule.Open(Log(), "opportunity", AutomatedDecisionRecordTests.LeadId, "Wrong data");

        Assert.True(result.IsRefused);
        Assert.Equal("No automated decision is recorded for this opportunity record, so there is nothing to contest. If a person made the decision, ask them to review it directly.", result.Refusal);
    }

    [Fact]
    public void An_empty_statement_is_refused()
    {
        var result = ContestRule.Open(Log(), "lead", AutomatedDecisionRecordTests.LeadId, "   ");

        Assert.Equal("Describe why the decision is contested: the statement is what the reviewer reads first.", result.Refusal);
    }

    [Fact]
    public void An_overlong_statement_is_refused()
    {
        var result = ContestRule.Open(Log(), "lead", AutomatedDecisionRecordTests.LeadId, new string('s', 4001));

        Assert.Equal("The statement has 4001 characters; shorten it to at most 4000.", result.Refusal);
    }
}
