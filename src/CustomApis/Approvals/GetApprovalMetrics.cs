using System.Globalization;
using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.CustomApis.Approvals;

/// <summary>
/// Approval metrics for approvals created in [From, To): counts by status, override rate, time to decision,
/// SLA breaches, automated vs human share and per-reviewer rubber-stamp flags. Percentiles need every
/// decision's duration, so approvals are read (paged, only the columns needed); the automated decisions that
/// needed no review are only counted, with an aggregate query (Dataverse limits those to 50,000 rows).
/// </summary>
[CustomApi("hitl_GetApprovalMetrics")]
[CustomApiRequestParameter("From", CustomApiFieldType.DateTime)]
[CustomApiRequestParameter("To", CustomApiFieldType.DateTime)]
[CustomApiRequestParameter("Type", CustomApiFieldType.String, IsOptional = true)]
[CustomApiResponseProperty("MetricsJson", CustomApiFieldType.String)]
[CustomApiResponseProperty("Total", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("OverrideRate", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("MedianHoursToDecision", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("P90HoursToDecision", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("SlaBreachRate", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("AutomatedShare", CustomApiFieldType.Decimal)]
public sealed class GetApprovalMetrics : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var (from, to) = ReportingWindow.Read(request);
        var type = ParseType(request.Optional<string?>("Type", null));
        // The metrics name reviewers (rubber-stamp flags) across the organization; HITL Reviewers read only their own approvals.
        OversightRoles.Require(context, "Approval metrics show every reviewer's decisions, so they are");

        var service = context.SystemService;
        var facts = Facts(service, from, to, type);
        var automated = type != null ? 0 : CountAutomatedWithoutReview(service, from, to);
        var metrics = ApprovalMetricsCalculator.Compute(facts, automated, ApprovalSettings.RubberStamp(context), context.UtcNow, from, to, type);

        request.Respond("MetricsJson", ApprovalMetricsJson.Serialize(metrics));
        request.Respond("Total", metrics.Total);
        request.Respond("OverrideRate", metrics.OverrideRate);
        request.Respond("MedianHoursToDecision", metrics.MedianHoursToDecision ?? 0m);
        request.Respond("P90HoursToDecision", metrics.P90HoursToDecision ?? 0m);
        request.Respond("SlaBreachRate", metrics.SlaBreachRate);
        request.Respond("AutomatedShare", metrics.AutomatedShare);
    }

    private static IReadOnlyList<ApprovalFact> Facts(IOrganizationService service, DateTime from, DateTime to, ApprovalType? type)
    {
        var query = new QueryExpression(ApprovalSchema.Table)
        {
            ColumnSet = new ColumnSet(ApprovalSchema.Type, ApprovalSchema.Status, ApprovalSchema.CreatedOn, ApprovalSchema.Recommendation, ApprovalSchema.Decision,
                ApprovalSchema.DueOn, ApprovalSchema.DecidedOn, ApprovalSchema.DecidedBy, ApprovalSchema.Source),
            PageInfo = new PagingInfo { PageNumber = 1, Count = 5000 },
        };
        query.AddOrder(ApprovalSchema.Id, OrderType.Ascending);
        query.Criteria.AddCondition(ApprovalSchema.CreatedOn, ConditionOperator.GreaterEqual, from);
        query.Criteria.AddCondition(ApprovalSchema.CreatedOn, ConditionOperator.LessThan, to);
        if (type != null) query.Criteria.AddCondition(ApprovalSchema.Type, ConditionOperator.Equal, type.Value);

        var facts = new List<ApprovalFact>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            facts.AddRange(page.Entities.Select(ToFact));
            if (!page.MoreRecords) return facts;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>Automated decisions that needed no human review, counted by an aggregate query.</summary>
    private static int CountAutomatedWithoutReview(IOrganizationService service, DateTime from, DateTime to)
    {
        var fetch = $@"<fetch aggregate='true'>
  <entity name='{DecisionLogSchema.Table}'>
    <attribute name='{DecisionLogSchema.Id}' alias='count' aggregate='count' />
    <filter>
      <condition attribute='{DecisionLogSchema.NeedsReview}' operator='eq' value='0' />
      <condition attribute='{DecisionLogSchema.DecidedOn}' operator='ge' value='{FetchDate(from)}' />
      <condition attribute='{DecisionLogSchema.DecidedOn}' operator='lt' value='{FetchDate(to)}' />
    </filter>
  </entity>
</fetch>";
        var row = service.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault();
        return row?.GetAttributeValue<AliasedValue>("count")?.Value is int count ? count : 0;
    }

    /// <summary>ISO 8601 whatever the thread's culture: ':' in a custom format is the culture's time separator ('.' in da-DK, fi-FI).</summary>
    private static string FetchDate(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ApprovalFact ToFact(Entity row)
    {
        var snapshot = ApprovalMapping.ToSnapshot(row);
        return new ApprovalFact(snapshot.Type, snapshot.Status, snapshot.CreatedOn ?? DateTime.MinValue)
        {
            Recommendation = snapshot.Recommendation,
            Decision = snapshot.Decision,
            DueOn = snapshot.DueOn,
            DecidedOn = snapshot.DecidedOn,
            DecidedBy = snapshot.DecidedBy,
            Source = snapshot.Source,
        };
    }

    private static ApprovalType? ParseType(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return ApprovalType.TryParse(name, out var type)
            ? type
            : throw new InvalidPluginExecutionException($"Type {InputText.Quote(name)} is not an approval type. Use one of: {ApprovalType.Names}.");
    }

}
