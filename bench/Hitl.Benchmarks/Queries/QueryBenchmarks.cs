using BenchmarkDotNet.Attributes;
using Hitl.Benchmarks.Pipeline;
using Hitl.Core.Decisions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Benchmarks.Queries;

/// <summary>
/// The emulator's RetrieveMultiple (Queries/QueryEngine) over 10,000 decision-log rows, called as SYSTEM
/// through the organization service as plug-ins and the CLI call it (SYSTEM skips the per-row read check).
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private IOrganizationService _system = null!;
    private QueryExpression _leadScoresToReview = null!;
    private FetchExpression _countByType = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = DecisionLogPopulation.Create().Emulator.CreateService();
        _leadScoresToReview = LeadScoresToReview(DecisionLogPopulation.CurrentModel, "Contoso");
        _countByType = new FetchExpression(
            """
            <fetch aggregate="true">
              <entity name="hitl_automateddecision">
                <attribute name="hitl_automateddecisionid" alias="decisions" aggregate="count" />
                <attribute name="hitl_decisiontype" alias="type" groupby="true" />
              </entity>
            </fetch>
            """);

        // Both queries must do real work: matches to join and project, and several groups to count.
        var toReview = LeadScoresToReviewAtOneCompany();
        var groups = CountByDecisionType();
        var counted = groups.Entities.Sum(e => (int)e.GetAttributeValue<AliasedValue>("decisions").Value);
        if (toReview.Entities.Count == 0 || groups.Entities.Count < 4 || counted != DecisionLogPopulation.Decisions)
        {
            throw new InvalidOperationException(
                $"Unexpected population: {toReview.Entities.Count} lead scores to review, {groups.Entities.Count} type groups counting {counted} rows.");
        }

        Console.WriteLine($"// {toReview.Entities.Count} lead scores to review at Contoso; decisions by type: " +
                          string.Join(", ", groups.Entities.Select(e => $"{e.FormattedValues["type"]} {e.GetAttributeValue<AliasedValue>("decisions").Value}")));
    }

    /// <summary>
    /// A reviewer's queue: lead scores of the current model that need review, about leads of one company,
    /// newest first, with the lead's name and company from the link.
    /// </summary>
    [Benchmark]
    public EntityCollection LeadScoresToReviewAtOneCompany() => _system.RetrieveMultiple(_leadScoresToReview);

    /// <summary>The decision-log chart: count grouped by hitl_decisiontype (a choice).</summary>
    [Benchmark]
    public EntityCollection CountByDecisionType() => _system.RetrieveMultiple(_countByType);

    private static QueryExpression LeadScoresToReview(string modelVersion, string company)
    {
        var query = new QueryExpression("hitl_automateddecision") { ColumnSet = new ColumnSet("hitl_name", "hitl_outcome", "hitl_decidedon") };
        query.Criteria.AddCondition("hitl_decisiontype", ConditionOperator.Equal, (int)AutomatedDecisionType.LeadScoring);
        query.Criteria.AddCondition("hitl_modelversion", ConditionOperator.Equal, modelVersion);
        query.Criteria.AddCondition("hitl_needsreview", ConditionOperator.Equal, true);
        var lead = query.AddLink("lead", "hitl_leadid", "leadid", JoinOperator.Inner);
        lead.EntityAlias = "lead";
        lead.Columns = new ColumnSet("lastname", "companyname");
        lead.LinkCriteria.AddCondition("companyname", ConditionOperator.Equal, company);
        query.AddOrder("hitl_decidedon", OrderType.Descending);
        return query;
    }
}
