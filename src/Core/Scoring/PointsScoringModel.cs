using Hitl.Core.Scoring.Points;

namespace Hitl.Core.Scoring;

/// <summary>Score = clamp(base points + Σ points of matching rules, 0, 100).</summary>
public sealed class PointsScoringModel : ScoringModel
{
    private readonly PointsRule[] _rules;

    internal PointsScoringModel(ScoringModelHeader header, int basePoints, IReadOnlyList<PointsRule> rules)
        : base(header, rules.Select(r => r.Column).Distinct(StringComparer.Ordinal).ToList())
    {
        BasePoints = basePoints;
        _rules = rules.ToArray();
    }

    /// <summary>The score of a lead no rule matches (0–100).</summary>
    public int BasePoints { get; }

    private protected override LeadScore ScoreLead(IReadOnlyDictionary<string, object?> lead)
    {
        var matched = new ScoreContribution[_rules.Length];
        var count = 0;
        var total = BasePoints;
        List<string>? missing = null;
        foreach (var rule in _rules)
        {
            var value = LeadValues.Get(lead, rule.Column);
            if (value == null && rule.Condition.ReadsValue) AddMissing(ref missing, rule.Column);
            if (!rule.Condition.Matches(rule.Column, value)) continue;
            matched[count++] = rule.Contribution;
            total += rule.Points;
        }

        var score = total < 0 ? 0 : total > 100 ? 100 : total;
        return new LeadScore(this, score, BasePoints, total, Trim(matched, count), missing?.ToArray() ?? NoColumns);
    }
}
