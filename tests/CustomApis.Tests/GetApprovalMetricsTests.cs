using System.Globalization;
using Hitl.CustomApis.Tests.Support;
using Hitl.Emulator;
using Hitl.Testing;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Tests;

/// <summary>hitl_GetApprovalMetrics (issue 4, point 9) on the known data set of <see cref="MetricsDataSet"/>.</summary>
public class GetApprovalMetricsTests : IClassFixture<GetApprovalMetricsTests.DataSet>
{
    private readonly MetricsDataSet data;

    public GetApprovalMetricsTests(DataSet fixture)
    {
        data = fixture.Value;
    }

    [Fact]
    public void The_headline_metrics_match_the_values_computed_by_hand()
    {
        var response = data.World.Metrics(data.World.RoleApprover, data.From, data.To);

        // In the window: A1..A10 (X is before From, Y after To).
        Assert.Equal(10, response["Total"]);
        // Decided with a recommendation: A1..A8 = 8; overrides A2 (rec. Approve, rejected) and A8 (rec. Reject, approved): 2/8.
        Assert.Equal(0.25m, response["OverrideRate"]);
        // Hours to decision, sorted: 1/180, 1/180, 1/180, 2, 3, 4, 10, 60 (n = 8, type 7 percentiles).
        // Median: rank 0.5 * 7 = 3.5 → 2 + 0.5 * (3 - 2) = 2.5.
        Assert.Equal(2.5m, response["MedianHoursToDecision"]);
        // P90: rank 0.9 * 7 = 6.3 → 10 + 0.3 * (60 - 10) = 25.
        Assert.Equal(25m, response["P90HoursToDecision"]);
        // All 10 have a due date; breaches: A4 (decided at 64 h, due 52 h) and A9 (open, due 57 h, now 100 h): 2/10.
        Assert.Equal(0.2m, response["SlaBreachRate"]);
        // Automated without review in the window: log rows at 2 h, 20 h, 80 h = 3; people decided 8: 3/11 = 0.27272… → 0.2727.
        Assert.Equal(0.2727m, response["AutomatedShare"]);
    }

    [Fact]
    public void The_metrics_json_has_counts_by_status_and_per_reviewer_figures_with_the_rubber_stamp_flag()
    {
        var json = JObject.Parse((string)data.World.Metrics(data.World.RoleApprover, data.From, data.To)["MetricsJson"]!);

        // Pending A9; approved A1, A4, A5, A6, A7, A8; rejected A2, A3; cancelled A10.
        Assert.Equal("{\"pending\":1,\"approved\":6,\"rejected\":2,\"escalated\":0,\"expired\":0,\"cancelled\":1}", json["countsByStatus"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(8, (int)json["decided"]!);
        Assert.Equal(2, (int)json["overrides"]!);
        Assert.Equal(2, (int)json["slaBreaches"]!);
        Assert.Equal(3, (int)json["automatedDecisions"]!);
        Assert.Equal(8, (int)json["humanDecisions"]!);
        Assert.Equal(0.7273m, (decimal)json["humanShare"]!);

        var reviewers = json["reviewers"]!.ToDictionary(r => Guid.Parse((string)r["reviewerId"]!));
        Assert.Equal(2, reviewers.Count);
        // Oscar: A1 ✓, A2 ✗, A3 ✗, A4 ✓, A8 ✓ → 5 decisions, 3 approvals, rate 0.6;
        // dwell 7200, 10800, 14400, 36000, 216000 s → median 14400 s; not a rubber stamp.
        var oscar = reviewers[data.World.Owner];
        Assert.Equal((5, 3, 0.6m, 14400m, false), ((int)oscar["decisions"]!, (int)oscar["approvals"]!, (decimal)oscar["approvalRate"]!, (decimal)oscar["medianDwellSeconds"]!, (bool)oscar["rubberStamp"]!));
        // Ada: A5, A6, A7 approved 20 s after creation → 3 decisions (≥ 3), rate 1 (≥ 0.95), median 20 s (≤ 30): a rubber stamp.
        var ada = reviewers[data.World.RoleApprover];
        Assert.Equal((3, 3, 1m, 20m, true), ((int)ada["decisions"]!, (int)ada["approvals"]!, (decimal)ada["approvalRate"]!, (decimal)ada["medianDwellSeconds"]!, (bool)ada["rubberStamp"]!));
    }

    [Fact]
    public void The_type_filter_limits_the_approvals_and_leaves_out_the_decision_log()
    {
        var scoreOverrides = data.World.Metrics(data.World.RoleApprover, data.From, data.To, "ScoreOverride");
        var leadReviews = data.World.Metrics(data.World.RoleApprover, data.From, data.To, "leadreview");

        // Only A8: decided 3 h after creation against the recommendation; the log is not per approval type.
        Assert.Equal(1, scoreOverrides["Total"]);
        Assert.Equal(1m, scoreOverrides["OverrideRate"]);
        Assert.Equal(3m, scoreOverrides["MedianHoursToDecision"]);
        Assert.Equal(0m, scoreOverrides["AutomatedShare"]);
        Assert.Equal("ScoreOverride", (string?)JObject.Parse((string)scoreOverrides["MetricsJson"]!)["type"]);
        // A1..A7, A9, A10; decided A1..A7 with one override (A2): 1/7 = 0.142857… → 0.1429.
        Assert.Equal(9, leadReviews["Total"]);
        Assert.Equal(0.1429m, leadReviews["OverrideRate"]);
    }

    [Theory]
    [InlineData("da-DK")]
    [InlineData("fi-FI")]
    public void The_metrics_do_not_depend_on_the_culture_the_plugin_runs_in(string culture)
    {
        // Both cultures write times with '.' (09.00.00): dates in the FetchXML must still be ISO 8601.
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var response = data.World.Metrics(data.World.RoleApprover, data.From, data.To);

            Assert.Equal(0.2727m, response["AutomatedShare"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void An_empty_window_gives_zeros_not_errors()
    {
        var from = data.T0.AddDays(30);

        var response = data.World.Metrics(data.World.RoleApprover, from, from.AddDays(7));

        Assert.Equal(0, response["Total"]);
        foreach (var rate in new[] { "OverrideRate", "MedianHoursToDecision", "P90HoursToDecision", "SlaBreachRate", "AutomatedShare" })
        {
            Assert.Equal(0m, response[rate]);
        }

        var json = JObject.Parse((string)response["MetricsJson"]!);
        Assert.Empty(json["reviewers"]!);
        Assert.All(((JObject)json["countsByStatus"]!).Properties(), p => Assert.Equal(0, (int)p.Value));
        Assert.Equal(JTokenType.Null, json["medianHoursToDecision"]!.Type);
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        var fault = ProductEmulator.Fault(() => data.World.Metrics(data.World.RoleApprover, data.To, data.To));

        Assert.Contains("must be later than From", fault.Message);
    }

    [Fact]
    public void An_unknown_type_is_refused_listing_the_types()
    {
        var fault = ProductEmulator.Fault(() => data.World.Metrics(data.World.RoleApprover, data.From, data.To, "Commission"));

        Assert.Contains("Type 'Commission' is not an approval type. Use one of: LeadReview, CommissionValidation, BiasReview, ConsentException, ScoreOverride, ContestedDecision, ModelChange.", fault.Message);
    }

    [Fact]
    public void A_reviewer_who_may_read_only_their_own_approvals_cannot_see_everyones_metrics()
    {
        var reviewer = data.World.Emulator.AddUser("Rex Reviewer", "rex@contoso.test", null, "HITL Reviewer");

        var fault = ProductEmulator.Fault(() => data.World.Metrics(reviewer, data.From, data.To));

        Assert.Contains("available to the HITL Approver and HITL Administrator roles only", fault.Message);
    }

    [Fact]
    public void A_caller_without_read_access_to_approvals_is_refused()
    {
        var nobody = data.World.Emulator.AddUser("Nils Noroles", "nils@contoso.test");

        var fault = ProductEmulator.Fault(() => data.World.Metrics(nobody, data.From, data.To));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvReadhitl_Approval", fault.Message);
    }

    /// <summary>Built once for the class: the metrics API only reads.</summary>
    public sealed class DataSet
    {
        internal MetricsDataSet Value { get; } = new();
    }
}
