using Hitl.Core.Approvals;
using Hitl.Core.Leads.Health;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Approvals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// The scored leads created in a window, as model health needs them (hitl_GetLeadScoringMetrics): grade, how the lead
/// ended, and for leads a person reviewed whether they agreed with the recommendation. Two paged reads of only the
/// columns needed: the leads, then the decided lead reviews of those leads.
/// </summary>
public static class LeadScoringFacts
{
    private const int PageSize = 5000;
    private const string LeadAlias = "lead";

    public static IReadOnlyList<ScoredLeadFact> Read(IOrganizationService service, DateTime from, DateTime to)
    {
        var leads = new QueryExpression(LeadSchema.Table) { ColumnSet = new ColumnSet(LeadSchema.Grade, LeadSchema.StateCode) };
        InWindow(leads.Criteria, from, to);
        leads.Criteria.AddCondition(LeadSchema.Grade, ConditionOperator.NotNull);
        leads.AddOrder(LeadSchema.Id, OrderType.Ascending);
        var rows = All(service, leads);

        var agreed = ReviewerAgreement(service, from, to);
        return rows.Select(row => new ScoredLeadFact(
            (LeadGrade)row.GetAttributeValue<OptionSetValue>(LeadSchema.Grade).Value,
            Outcome(row.GetAttributeValue<OptionSetValue>(LeadSchema.StateCode)?.Value ?? 0),
            agreed.TryGetValue(row.Id, out var a) ? a : null)).ToList();
    }

    /// <summary>lead statecode: 0 Open, 1 Qualified, 2 Disqualified.</summary>
    private static LeadOutcome Outcome(int state) => state switch
    {
        1 => LeadOutcome.Qualified,
        2 => LeadOutcome.Disqualified,
        _ => LeadOutcome.Open,
    };

    /// <summary>Per lead, whether the latest decided lead review with a recommendation agreed with it.</summary>
    private static Dictionary<Guid, bool?> ReviewerAgreement(IOrganizationService service, DateTime from, DateTime to)
    {
        var query = new QueryExpression(ApprovalSchema.Table)
        {
            ColumnSet = new ColumnSet(RegardingLeadColumn, ApprovalSchema.Recommendation, ApprovalSchema.Decision),
        };
        query.Criteria.AddCondition(ApprovalSchema.Type, ConditionOperator.Equal, ApprovalType.LeadReview.Value);
        query.Criteria.AddCondition(ApprovalSchema.Status, ConditionOperator.In, (int)ApprovalStatus.Approved, (int)ApprovalStatus.Rejected);
        query.Criteria.AddCondition(ApprovalSchema.Recommendation, ConditionOperator.NotNull);
        var lead = query.AddLink(LeadSchema.Table, RegardingLeadColumn, LeadSchema.Id);
        lead.EntityAlias = LeadAlias;
        InWindow(lead.LinkCriteria, from, to);
        query.AddOrder(ApprovalSchema.DecidedOn, OrderType.Ascending);
        query.AddOrder(ApprovalSchema.Id, OrderType.Ascending);

        var agreement = new Dictionary<Guid, bool?>();
        foreach (var row in All(service, query))
        {
            // Ordered by decision time: a later review of the same lead replaces an earlier one.
            agreement[row.GetAttributeValue<EntityReference>(RegardingLeadColumn).Id] =
                row.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision)?.Value == row.GetAttributeValue<OptionSetValue>(ApprovalSchema.Recommendation)?.Value;
        }

        return agreement;
    }

    private static string RegardingLeadColumn => RegardingTables.RegardingTable.Lead.ApprovalLookup;

    private static void InWindow(FilterExpression filter, DateTime from, DateTime to)
    {
        filter.AddCondition("createdon", ConditionOperator.GreaterEqual, from);
        filter.AddCondition("createdon", ConditionOperator.LessThan, to);
    }

    private static List<Entity> All(IOrganizationService service, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = PageSize };
        var rows = new List<Entity>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords) return rows;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
