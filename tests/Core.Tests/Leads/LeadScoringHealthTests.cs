using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hitl.Core.Leads.Health;
using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Leads;

public class LeadScoringHealthTests
{
    private static IEnumerable<ScoredLeadFact> Many(int count, LeadGrade grade, LeadOutcome outcome, bool? agreed = null) =>
        Enumerable.Repeat(new ScoredLeadFact(grade, outcome, agreed), count);

    [Fact]
    public void Qualification_rate_per_grade_counts_only_closed_leads()
    {
        // A: 6 qualified, 2 disqualified, 5 open → 6/8 = 0.75. B: 1 qualified, 3 disqualified → 0.25. C: only open → null.
        var facts = Many(6, LeadGrade.A, LeadOutcome.Qualified).Concat(Many(2, LeadGrade.A, LeadOutcome.Disqualified)).Concat(Many(5, LeadGrade.A, LeadOutcome.Open))
            .Concat(Many(1, LeadGrade.B, LeadOutcome.Qualified)).Concat(Many(3, LeadGrade.B, LeadOutcome.Disqualified))
            .Concat(Many(4, LeadGrade.C, LeadOutcome.Open));

        var health = LeadScoringHealth.Compute(facts);

        Assert.Equal(new GradeHealth(LeadGrade.A, 13, 6, 2, 0.75m), health.Grades[0]);
        Assert.Equal(new GradeHealth(LeadGrade.B, 4, 1, 3, 0.25m), health.Grades[1]);
        Assert.Equal(new GradeHealth(LeadGrade.C, 4, 0, 0, null), health.Grades[2]);
        Assert.Equal(new GradeHealth(LeadGrade.D, 0, 0, 0, null), health.Grades[3]);
        Assert.True(health.GradesRankInOrder);
    }

    [Fact]
    public void Grades_out_of_order_are_flagged()
    {
        // B qualifies 3/4 = 0.75, better than A's 1/4 = 0.25: the model's grades do not rank leads.
        var facts = Many(1, LeadGrade.A, LeadOutcome.Qualified).Concat(Many(3, LeadGrade.A, LeadOutcome.Disqualified))
            .Concat(Many(3, LeadGrade.B, LeadOutcome.Qualified)).Concat(Many(1, LeadGrade.B, LeadOutcome.Disqualified));

        Assert.False(LeadScoringHealth.Compute(facts).GradesRankInOrder);
    }

    [Fact]
    public void Review_value_compares_conversion_when_reviewers_agreed_and_overrode()
    {
        // Agreed: 2 qualified, 2 disqualified, 1 open → 2/4 = 0.5. Overrode: 3 qualified, 1 disqualified → 0.75. Unreviewed leads do not count.
        var facts = Many(2, LeadGrade.B, LeadOutcome.Qualified, true).Concat(Many(2, LeadGrade.B, LeadOutcome.Disqualified, true)).Concat(Many(1, LeadGrade.B, LeadOutcome.Open, true))
            .Concat(Many(3, LeadGrade.C, LeadOutcome.Qualified, false)).Concat(Many(1, LeadGrade.C, LeadOutcome.Disqualified, false))
            .Concat(Many(7, LeadGrade.A, LeadOutcome.Qualified));

        Assert.Equal(new ReviewHealth(5, 2, 0.5m, 4, 3, 0.75m), LeadScoringHealth.Compute(facts).Review);
    }

    [Fact]
    public void No_leads_give_counts_of_zero_and_no_rates()
    {
        var health = LeadScoringHealth.Compute(Array.Empty<ScoredLeadFact>());

        Assert.All(health.Grades, g => Assert.Equal((0, (decimal?)null), (g.Leads, g.QualificationRate)));
        Assert.Equal(new ReviewHealth(0, 0, null, 0, 0, null), health.Review);
        Assert.True(health.GradesRankInOrder);
    }

    [Property]
    public Property Counts_add_up_and_rates_stay_between_zero_and_one()
    {
        var fact = Gen.Elements(LeadGrade.A, LeadGrade.B, LeadGrade.C, LeadGrade.D)
            .SelectMany(g => Gen.Elements(LeadOutcome.Open, LeadOutcome.Qualified, LeadOutcome.Disqualified)
                .SelectMany(o => Gen.Elements<bool?>(null, true, false).Select(r => new ScoredLeadFact(g, o, r))));
        return Prop.ForAll(fact.ListOf().ToArbitrary(), facts =>
        {
            var health = LeadScoringHealth.Compute(facts);
            var rates = health.Grades.Select(g => g.QualificationRate).Append(health.Review.AgreedConversion).Append(health.Review.OverrodeConversion);
            return health.Grades.Sum(g => g.Leads) == facts.Count
                && health.Grades.All(g => g.Qualified + g.Disqualified <= g.Leads)
                && health.Review.Agreed + health.Review.Overrode == facts.Count(f => f.ReviewerAgreed.HasValue)
                && rates.All(r => r is null || (r >= 0m && r <= 1m));
        });
    }
}
