using Hitl.Core.Leads;
using Hitl.Core.Leads.Routing;

namespace Hitl.Core.Scoring.Preview;

/// <summary>
/// How a draft model would change grades and the review load compared with the active one, on a sample of leads: the
/// evidence of a model change approval and the output of hitl_PreviewScoringModel. Pure and deterministic: routing is
/// decided by <see cref="LeadRouting"/> under the given settings, as the lead steps decide it (consent is not part of a
/// preview: it does not depend on the model).
/// </summary>
public static class ModelPreview
{
    /// <summary>Leads whose grade changes listed by id; the count covers them all.</summary>
    public const int MaxListedChanges = 100;

    /// <param name="active">The active model; null when the active row is invalid (every lead counts as unscored and to review).</param>
    /// <param name="activeProblem">Why the active model cannot score, when <paramref name="active"/> is null.</param>
    public static ModelPreviewResult Compare(IReadOnlyList<PreviewLead> sample, ScoringModel? active, string? activeProblem, ScoringModel draft, LeadRoutingPolicy policy)
    {
        if (sample == null) throw new ArgumentNullException(nameof(sample));
        if (draft == null) throw new ArgumentNullException(nameof(draft));
        if (policy == null) throw new ArgumentNullException(nameof(policy));

        var activeTally = new Tally(active?.Version);
        var draftTally = new Tally(draft.Version);
        var changes = new List<GradeChange>();
        var changed = 0;
        foreach (var lead in sample)
        {
            var before = active?.Score(lead.Values);
            var after = draft.Score(lead.Values);
            activeTally.Add(before, activeProblem, lead.EstimatedValue, policy);
            draftTally.Add(after, null, lead.EstimatedValue, policy);
            if (before?.Grade == after.Grade) continue;
            changed++;
            if (changes.Count < MaxListedChanges) changes.Add(new GradeChange(lead.LeadId, before?.Grade, after.Grade));
        }

        return new ModelPreviewResult(sample.Count, activeTally.Result(sample.Count), draftTally.Result(sample.Count), changed, changes);
    }

    /// <summary>
    /// High value as routing sees it: grade A, or an estimated value at or above hitl_LeadHighValueAmount. These are the
    /// leads a person always reviews, so their share is the floor of the review load.
    /// </summary>
    public static bool IsHighValue(LeadScore? score, decimal? estimatedValue, HighValueThreshold threshold) =>
        score?.Grade == LeadGrade.A || threshold.IsHighValue(estimatedValue);

    private sealed class Tally
    {
        private readonly string? _version;
        private readonly Dictionary<LeadGrade, int> _grades = Enum.GetValues(typeof(LeadGrade)).Cast<LeadGrade>().ToDictionary(g => g, _ => 0);
        private int _unscored;
        private int _review;
        private int _highValue;

        public Tally(string? version) => _version = version;

        public void Add(LeadScore? score, string? problem, decimal? estimatedValue, LeadRoutingPolicy policy)
        {
            if (score == null) _unscored++;
            else _grades[score.Grade]++;
            if (IsHighValue(score, estimatedValue, policy.HighValue)) _highValue++;
            var route = LeadRouting.Decide(new LeadRoutingRequest(score, estimatedValue) { ScoringProblem = problem }, policy);
            if (route.NeedsReview) _review++;
        }

        public ModelPreviewSide Result(int sampleSize) =>
            new(_version, _grades, _unscored, _review, Share(_review, sampleSize), _highValue, Share(_highValue, sampleSize));

        private static decimal Share(int part, int whole) => whole == 0 ? 0m : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
    }
}
