using BenchmarkDotNet.Attributes;
using Hitl.Benchmarks.Pipeline;
using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Benchmarks.Queries;

/// <summary>
/// The emulator's RetrieveMultiple (Queries/QueryEngine) over 10,000 hitl_approval rows, called as SYSTEM
/// through the organization service as plug-ins and the CLI call it (SYSTEM skips the per-row read check).
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private SalesOrganization _organization = null!;
    private IOrganizationService _system = null!;
    private QueryExpression _openLeadReviewsDueSoon = null!;
    private FetchExpression _countByStatus = null!;

    [GlobalSetup]
    public void Setup()
    {
        _organization = ApprovalPopulation.Create();
        _system = _organization.Emulator.CreateService();
        _openLeadReviewsDueSoon = OpenLeadReviewsDueBefore(_organization.Emulator.Clock.UtcNow.AddHours(-72), "Contoso");
        _countByStatus = new FetchExpression(
            """
            <fetch aggregate="true">
              <entity name="hitl_approval">
                <attribute name="hitl_approvalid" alias="approvals" aggregate="count" />
                <attribute name="hitl_status" alias="status" groupby="true" />
              </entity>
            </fetch>
            """);

        // Both queries must do real work: matches to project, and every status in the groups.
        var due = OpenLeadReviewsDueSoon();
        var groups = CountByStatus();
        var counted = groups.Entities.Sum(e => (int)e.GetAttributeValue<AliasedValue>("approvals").Value);
        if (due.Entities.Count == 0 || groups.Entities.Count < 4 || counted != ApprovalPopulation.Approvals)
        {
            throw new InvalidOperationException(
                $"Unexpected population: {due.Entities.Count} open lead reviews due, {groups.Entities.Count} status groups counting {counted} rows.");
        }

        Console.WriteLine($"// {due.Entities.Count} open Contoso lead reviews due; status groups: " +
                          string.Join(", ", groups.Entities.Select(e => $"{e.FormattedValues["status"]} {e.GetAttributeValue<AliasedValue>("approvals").Value}")));
    }

    /// <summary>The overdue view of lead reviews: open, due before a date, lead at one company, with the lead's name and company.</summary>
    [Benchmark]
    public EntityCollection OpenLeadReviewsDueSoon() => _system.RetrieveMultiple(_openLeadReviewsDueSoon);

    /// <summary>The status chart: count grouped by hitl_status (a choice).</summary>
    [Benchmark]
    public EntityCollection CountByStatus() => _system.RetrieveMultiple(_countByStatus);

    private static QueryExpression OpenLeadReviewsDueBefore(DateTime dueBefore, string company)
    {
        var query = new QueryExpression("hitl_approval") { ColumnSet = new ColumnSet("hitl_name", "hitl_dueon", "ownerid") };
        query.Criteria.AddCondition("hitl_type", ConditionOperator.Equal, (int)ApprovalType.LeadReview);
        query.Criteria.AddCondition("hitl_status", ConditionOperator.In, (int)ApprovalStatus.Pending, (int)ApprovalStatus.Escalated);
        query.Criteria.AddCondition("hitl_dueon", ConditionOperator.LessThan, dueBefore);
        var lead = query.AddLink("lead", "hitl_leadid", "leadid", JoinOperator.Inner);
        lead.EntityAlias = "lead";
        lead.Columns = new ColumnSet("lastname", "companyname");
        lead.LinkCriteria.AddCondition("companyname", ConditionOperator.Equal, company);
        query.AddOrder("hitl_dueon", OrderType.Ascending);
        return query;
    }
}
