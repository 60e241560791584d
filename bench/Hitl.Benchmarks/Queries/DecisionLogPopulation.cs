using Hitl.Benchmarks.Pipeline;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Decisions;

namespace Hitl.Benchmarks.Queries;

/// <summary>
/// 10,000 hitl_automateddecision rows (the decision log: one row per automated decision, the product's
/// largest table), written by the product's own DecisionLog.Record about 2,500 leads: four decisions per
/// lead of mixed types, two model versions, a quarter needing review, one a minute.
/// </summary>
internal static class DecisionLogPopulation
{
    public const int Decisions = 10_000;
    public const string CurrentModel = "lead-score-2026.02";
    private const int DecisionsPerLead = 4;

    private static readonly AutomatedDecisionType[] Types =
    {
        AutomatedDecisionType.LeadScoring, AutomatedDecisionType.LeadScoring, AutomatedDecisionType.ConsentCheck,
        AutomatedDecisionType.ApprovalRouting, AutomatedDecisionType.BiasAudit,
    };

    private static readonly string[] Outcomes = { "A", "B", "C", "D", "Review" };

    public static SalesOrganization Create()
    {
        var organization = SalesOrganization.Create(leads: Decisions / DecisionsPerLead);
        var system = organization.Emulator.CreateService();
        var clock = organization.Emulator.Clock;
        var random = new Random(17);

        for (var i = 0; i < Decisions; i++)
        {
            var inputs = new Dictionary<string, object?> { ["budgetConfirmed"] = random.Next(2) == 1, ["employees"] = random.Next(5, 5000), ["hasEmail"] = true };
            DecisionLog.Record(system, new AutomatedDecisionRecord(
                Types[random.Next(Types.Length)],
                "lead",
                organization.Leads[i / DecisionsPerLead],
                random.Next(3) == 0 ? "lead-score-2026.01" : CurrentModel,
                inputs,
                Outcomes[random.Next(Outcomes.Length)],
                new[] { "Budget confirmed", "Company size" },
                random.Next(4) == 0,
                clock.UtcNow));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        return organization;
    }
}
