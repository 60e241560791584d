using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals.Metrics;

/// <summary>
/// The MetricsJson output of hitl_GetApprovalMetrics: camelCase, fixed property order, dates as ISO 8601 UTC,
/// status keys and types as their option names in camelCase, nulls written (so makers see every field).
/// </summary>
public static class ApprovalMetricsJson
{
    public const string PercentileMethod = "linear interpolation between closest ranks (Hyndman-Fan type 7, Excel PERCENTILE.INC, numpy default)";

    public static string Serialize(ApprovalMetrics metrics)
    {
        if (metrics == null) throw new ArgumentNullException(nameof(metrics));
        var json = new JObject
        {
            ["from"] = Date(metrics.From),
            ["to"] = Date(metrics.To),
            ["type"] = metrics.Type?.Name,
            ["total"] = metrics.Total,
            ["countsByStatus"] = new JObject(metrics.CountsByStatus.OrderBy(p => (int)p.Key).Select(p => new JProperty(Camel(p.Key.ToString()), p.Value))),
            ["decided"] = metrics.Decided,
            ["overrides"] = metrics.Overrides,
            ["decidedWithRecommendation"] = metrics.DecidedWithRecommendation,
            ["overrideRate"] = metrics.OverrideRate,
            ["medianHoursToDecision"] = metrics.MedianHoursToDecision,
            ["p90HoursToDecision"] = metrics.P90HoursToDecision,
            ["percentileMethod"] = PercentileMethod,
            ["slaBreaches"] = metrics.SlaBreaches,
            ["withDueDate"] = metrics.WithDueDate,
            ["slaBreachRate"] = metrics.SlaBreachRate,
            ["automatedDecisions"] = metrics.AutomatedDecisions,
            ["humanDecisions"] = metrics.HumanDecisions,
            ["automatedShare"] = metrics.AutomatedShare,
            ["humanShare"] = metrics.HumanShare,
            ["reviewers"] = new JArray(metrics.Reviewers.Select(r => new JObject
            {
                ["reviewerId"] = r.ReviewerId.ToString("D"),
                ["decisions"] = r.Decisions,
                ["approvals"] = r.Approvals,
                ["approvalRate"] = r.ApprovalRate,
                ["medianDwellSeconds"] = r.MedianDwellSeconds,
                ["rubberStamp"] = r.IsRubberStamp,
            })),
        };
        return json.ToString(Formatting.None);
    }

    private static string? Date(DateTime? value) =>
        value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
