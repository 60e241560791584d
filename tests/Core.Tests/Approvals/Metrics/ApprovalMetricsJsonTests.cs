using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Approvals.Metrics;

public class ApprovalMetricsJsonTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Json_has_the_documented_camel_case_shape()
    {
        var metrics = ApprovalMetricsCalculator.Compute(ApprovalMetricsCalculatorTests.DataSet(), 15, RubberStampPolicy.Default, Now,
            from: new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), to: Now, type: ApprovalType.CommissionValidation);

        var json = Parse(ApprovalMetricsJson.Serialize(metrics));

        Assert.Equal(new[]
        {
            "from", "to", "type", "total", "countsByStatus", "decided", "overrides", "decidedWithRecommendation", "overrideRate",
            "medianHoursToDecision", "p90HoursToDecision", "percentileMethod", "slaBreaches", "withDueDate", "slaBreachRate",
            "automatedDecisions", "humanDecisions", "automatedShare", "humanShare", "reviewers",
        }, json.Properties().Select(p => p.Name));
        Assert.Equal("2026-03-01T00:00:00Z", (string?)json["from"]);
        Assert.Equal("2026-03-10T12:00:00Z", (string?)json["to"]);
        Assert.Equal("CommissionValidation", (string?)json["type"]);
        Assert.Equal(new[] { "pending", "approved", "rejected", "escalated", "expired", "cancelled" }, ((JObject)json["countsByStatus"]!).Properties().Select(p => p.Name));
        Assert.Equal(3, (int)json["countsByStatus"]!["approved"]!);
        Assert.Equal(0.5m, (decimal)json["overrideRate"]!);
        Assert.Equal(34m, (decimal)json["p90HoursToDecision"]!);
        var reviewer = (JObject)json["reviewers"]![1]!;
        Assert.Equal(A.Colleague.ToString("D"), (string?)reviewer["reviewerId"]);
        Assert.Equal(0.3333m, (decimal)reviewer["approvalRate"]!);
        Assert.False((bool)reviewer["rubberStamp"]!);
    }

    [Fact]
    public void Empty_metrics_write_nulls_for_missing_times_and_zero_rates()
    {
        var json = ApprovalMetricsJson.Serialize(ApprovalMetricsCalculator.Compute(Array.Empty<ApprovalFact>(), 0, RubberStampPolicy.Default, Now));

        Assert.DoesNotContain("NaN", json);
        var parsed = Parse(json);
        Assert.Equal(JTokenType.Null, parsed["medianHoursToDecision"]!.Type);
        Assert.Equal(JTokenType.Null, parsed["type"]!.Type);
        Assert.Equal(0m, (decimal)parsed["slaBreachRate"]!);
        Assert.Empty((JArray)parsed["reviewers"]!);
    }

    [Fact]
    public void Same_metrics_serialize_to_the_same_text()
    {
        var a = ApprovalMetricsCalculator.Compute(ApprovalMetricsCalculatorTests.DataSet(), 15, RubberStampPolicy.Default, Now);
        var b = ApprovalMetricsCalculator.Compute(ApprovalMetricsCalculatorTests.DataSet().Reverse(), 15, RubberStampPolicy.Default, Now);

        Assert.Equal(ApprovalMetricsJson.Serialize(a), ApprovalMetricsJson.Serialize(b));
    }

    // Read dates as the text written, not as DateTime, to check the wire format.
    private static JObject Parse(string json) =>
        JObject.Load(new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });
}
