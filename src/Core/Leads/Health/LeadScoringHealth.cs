using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Health;

/// <summary>
/// Model health for a window of scored leads: per grade, how many qualified (is A really better than B?), and for
/// reviewed leads, conversion when the reviewer agreed vs overrode. Pure: the custom API reads the rows and maps them.
/// </summary>
public sealed record LeadScoringHealth(IReadOnlyList<GradeHealth> Grades, ReviewHealth Review)
{
    /// <summary>
    /// True when every grade with closed leads qualifies at least as often as each worse grade with closed leads:
    /// the grades rank leads the way sales experiences them. Grades without closed leads are not evidence.
    /// </summary>
    public bool GradesRankInOrder
    {
        get
        {
            var rated = Grades.Where(g => g.QualificationRate.HasValue).Select(g => g.QualificationRate!.Value).ToList();
            return rated.Zip(rated.Skip(1), (better, worse) => better >= worse).All(ok => ok);
        }
    }

    public static LeadScoringHealth Compute(IEnumerable<ScoredLeadFact> leads)
    {
        if (leads == null) throw new ArgumentNullException(nameof(leads));
        var facts = leads.ToList();

        var grades = Enum.GetValues(typeof(LeadGrade)).Cast<LeadGrade>().Select(grade =>
        {
            var ofGrade = facts.Where(f => f.Grade == grade).ToList();
            var qualified = ofGrade.Count(f => f.Outcome == LeadOutcome.Qualified);
            var disqualified = ofGrade.Count(f => f.Outcome == LeadOutcome.Disqualified);
            return new GradeHealth(grade, ofGrade.Count, qualified, disqualified, Rate(qualified, qualified + disqualified));
        }).ToList();

        var agreed = facts.Where(f => f.ReviewerAgreed == true).ToList();
        var overrode = facts.Where(f => f.ReviewerAgreed == false).ToList();
        return new LeadScoringHealth(grades, new ReviewHealth(
            agreed.Count, Count(agreed, LeadOutcome.Qualified), Rate(Count(agreed, LeadOutcome.Qualified), Closed(agreed)),
            overrode.Count, Count(overrode, LeadOutcome.Qualified), Rate(Count(overrode, LeadOutcome.Qualified), Closed(overrode))));
    }

    private static int Count(IEnumerable<ScoredLeadFact> facts, LeadOutcome outcome) => facts.Count(f => f.Outcome == outcome);

    private static int Closed(IEnumerable<ScoredLeadFact> facts) => facts.Count(f => f.Outcome != LeadOutcome.Open);

    /// <summary>Exact decimal division; null for 0 ÷ 0 (no closed lead is no evidence, not a rate of 0).</summary>
    private static decimal? Rate(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
