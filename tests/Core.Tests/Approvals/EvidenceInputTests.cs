using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Core.Tests.Decisions;

namespace Hitl.Core.Tests.Approvals;

/// <summary>Issue 7, item 7, as pure rules: evidence a client sends, and evidence a contest would produce, must fit and be JSON.</summary>
public class EvidenceInputTests
{
    [Theory]
    [InlineData("{\"score\":71}", null)]
    [InlineData("score 71", "not valid JSON")]
    [InlineData("{\"score\":71,", "not valid JSON")]
    [InlineData("[1,2]", "JSON array")]
    [InlineData("{\"a\":1} trailing", "not valid JSON")]
    [InlineData("{\"a\":1} /* note */", "text after the JSON")]
    public void Client_evidence_must_be_a_json_object(string evidence, string? problem)
    {
        var result = ApprovalEvidence.Check(evidence);

        if (problem == null) Assert.Null(result);
        else Assert.Contains(problem, result);
    }

    [Fact]
    public void Deeply_nested_or_oversized_evidence_is_refused_without_quoting_it()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);
        var oversized = "{\"notes\":\"" + new string('x', ApprovalEvidence.MaxLength) + "\"}";

        Assert.Contains("not valid JSON", ApprovalEvidence.Check(nested));
        var tooLong = ApprovalEvidence.Check(oversized)!;
        Assert.Contains($"more than hitl_evidence holds ({ApprovalEvidence.MaxLength})", tooLong);
        Assert.DoesNotContain("xxxxxxxxxx", tooLong);
    }

    [Fact]
    public void A_contest_whose_evidence_would_not_fit_is_refused()
    {
        var inputs = new Dictionary<string, object?> { ["notes"] = new string('n', ApprovalEvidence.MaxLength - 20) };
        var decision = new LoggedAutomatedDecision(Guid.NewGuid(), AutomatedDecisionRecordTests.Scoring(new DateTime(2026, 1, 20, 8, 0, 0, DateTimeKind.Utc), inputs: inputs));

        var result = ContestRule.Open(new[] { decision }, "lead", AutomatedDecisionRecordTests.LeadId, "The revenue figure is outdated.");

        Assert.True(result.IsRefused);
        Assert.Contains("characters of evidence, more than an approval holds", result.Refusal);
    }
}
