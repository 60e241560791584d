using Hitl.Core.Leads;
using Hitl.Core.Leads.Health;
using Hitl.Core.Scoring;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Leads;

public class LeadScoringHealthJsonTests
{
    [Fact]
    public void Rates_are_rounded_to_four_decimals_and_missing_evidence_is_null()
    {
        var health = LeadScoringHealth.Compute(new[]
        {
            new ScoredLeadFact(LeadGrade.A, LeadOutcome.Qualified, ReviewerAgreed: true),
            new ScoredLeadFact(LeadGrade.A, LeadOutcome.Qualified),
            new ScoredLeadFact(LeadGrade.A, LeadOutcome.Disqualified, ReviewerAgreed: true),
            new ScoredLeadFact(LeadGrade.C, LeadOutcome.Open, ReviewerAgreed: false),
        });

        var text = LeadScoringHealthJson.Serialize(health, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var json = JObject.Parse(text);

        Assert.StartsWith("{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-02-01T00:00:00Z\"", text);
        Assert.Equal(4, (int)json["leads"]!);
        var a = json["grades"]![0]!;
        Assert.Equal(("A", 3, 2, 1, 0.6667m), ((string)a["grade"]!, (int)a["leads"]!, (int)a["qualified"]!, (int)a["disqualified"]!, (decimal)a["qualificationRate"]!));
        Assert.Equal(JTokenType.Null, json["grades"]![2]!["qualificationRate"]!.Type); // C: one open lead, no evidence
        Assert.Equal(0.5m, (decimal)json["review"]!["agreedConversion"]!);
        Assert.Equal(1, (int)json["review"]!["overrode"]!);
        Assert.Equal(JTokenType.Null, json["review"]!["overrodeConversion"]!.Type);
    }
}
