using Hitl.Core.Approvals;
using Hitl.Testing;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>hitl_GetLeadScoringMetrics (issue 8, point 8): qualification per grade, and conversion when reviewers agreed vs overrode.</summary>
public class GetLeadScoringMetricsTests
{
    private readonly ApprovalWorld world = new();

    [Fact]
    public void Grades_and_reviews_are_measured_on_the_scored_leads_of_the_window()
    {
        world.Emulator.Clock.Advance(TimeSpan.FromMinutes(1)); // the world's own lead is created before the window
        var from = world.Emulator.Clock.UtcNow;
        var hot1 = world.AddHotLead("Hot 1");
        var hot2 = world.AddHotLead("Hot 2");
        var plain1 = world.AddPlainLead("Plain 1");
        var plain2 = world.AddPlainLead("Plain 2");
        world.Rescore(world.Owner); // scores them: hot 85 A; plain 30 C; the world's own lead 15 D
        var agreed = world.RequestApproval(regardingLead: hot1);
        var overridden = world.RequestApproval(regardingLead: plain1);
        world.DecideOnForm(world.Owner, agreed, ApprovalDecision.Approve);
        world.DecideOnForm(world.Owner, overridden, ApprovalDecision.Reject, "CustomerContext", "Known buyer");
        world.Qualify(hot1);
        world.Disqualify(hot2);
        world.Disqualify(plain1);
        world.Qualify(plain2);
        world.Emulator.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = world.LeadMetrics(world.RoleApprover, from, world.Emulator.Clock.UtcNow);

        Assert.Equal(4, response["Leads"]);
        Assert.Equal(2, response["Reviewed"]);
        Assert.Equal(1m, response["AgreedConversion"]);   // hot 1: approved as recommended, qualified
        Assert.Equal(0m, response["OverrodeConversion"]); // plain 1: rejected against the recommendation, disqualified
        Assert.Equal(true, response["GradesRankInOrder"]); // A 1/2, C 1/2
        var json = JObject.Parse((string)response["MetricsJson"]!);
        var a = json["grades"]!.Single(g => (string?)g["grade"] == "A");
        Assert.Equal((2, 1, 1, 0.5m), ((int)a["leads"]!, (int)a["qualified"]!, (int)a["disqualified"]!, (decimal)a["qualificationRate"]!));
        Assert.Equal(JTokenType.Null, json["grades"]!.Single(g => (string?)g["grade"] == "B")["qualificationRate"]!.Type);
    }

    [Fact]
    public void An_empty_window_has_no_evidence_rather_than_zero_rates()
    {
        var now = world.Emulator.Clock.UtcNow;

        var response = world.LeadMetrics(world.RoleApprover, now.AddDays(-1), now.AddDays(-1).AddHours(1));

        Assert.Equal(0, response["Leads"]);
        var json = JObject.Parse((string)response["MetricsJson"]!);
        Assert.Equal(JTokenType.Null, json["review"]!["agreedConversion"]!.Type);
        Assert.All(json["grades"]!, g => Assert.Equal(JTokenType.Null, g["qualificationRate"]!.Type));
    }

    [Fact]
    public void Only_hitl_approvers_and_administrators_may_see_them()
    {
        var now = world.Emulator.Clock.UtcNow;

        var fault = ProductEmulator.Fault(() => world.LeadMetrics(world.Seller, now.AddDays(-1), now));

        Refusals.AssertClear(fault, "available to the HITL Approver and HITL Administrator roles only");
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        var now = world.Emulator.Clock.UtcNow;

        var fault = ProductEmulator.Fault(() => world.LeadMetrics(world.RoleApprover, now, now.AddHours(-1)));

        Refusals.AssertClear(fault, "must be later than From");
    }
}
