using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalEvidenceTests
{
    [Fact]
    public void Evidence_has_a_fixed_order_sorted_consent_and_distinct_sorted_flags()
    {
        var evidence = new ApprovalEvidence
        {
            Flags = new[] { "HighValue", "BiasGuard", "HighValue", " " },
            Consent = new Dictionary<string, string> { ["profiling"] = "Granted", ["marketingEmail"] = "Withdrawn" },
            Reasons = new[] { "Budget above 100k", "Industry: manufacturing" },
            ModelVersion = "logit-2026.03",
            Score = 72.5m,
            Grade = "B",
            Details = new Dictionary<string, object?> { ["threshold"] = 70, ["band"] = "review" },
        };

        Assert.Equal(
            "{\"score\":72.5,\"grade\":\"B\",\"modelVersion\":\"logit-2026.03\",\"reasons\":[\"Budget above 100k\",\"Industry: manufacturing\"]," +
            "\"consent\":{\"marketingEmail\":\"Withdrawn\",\"profiling\":\"Granted\"},\"flags\":[\"BiasGuard\",\"HighValue\"]," +
            "\"details\":{\"band\":\"review\",\"threshold\":70}}",
            evidence.ToJson());
    }

    [Fact]
    public void Unset_parts_are_left_out()
    {
        Assert.Equal("{}", new ApprovalEvidence().ToJson());
        Assert.Equal("{\"score\":0.0}", new ApprovalEvidence { Score = 0m, Reasons = Array.Empty<string>(), Flags = Array.Empty<string>() }.ToJson());
    }

    [Fact]
    public void Evidence_larger_than_the_column_is_refused()
    {
        var evidence = new ApprovalEvidence { Details = new Dictionary<string, object?> { ["blob"] = new string('x', ApprovalEvidence.MaxLength) } };

        Assert.Contains("more than hitl_evidence holds (1048576)", Assert.Throws<ArgumentException>(() => evidence.ToJson()).Message);
    }
}
