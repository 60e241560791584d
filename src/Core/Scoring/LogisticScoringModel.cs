using Hitl.Core.Scoring.Logistic;

namespace Hitl.Core.Scoring;

/// <summary>
/// z = intercept + Σ feature contributions; score = round(100 · sigmoid(z)), midpoints away from zero. The baseline
/// lead (numeric features at their mean or min, no category, nothing present) has z = intercept.
/// </summary>
public sealed class LogisticScoringModel : ScoringModel
{
    private readonly LogisticFeature[] _features;

    internal LogisticScoringModel(ScoringModelHeader header, double intercept, IReadOnlyList<LogisticFeature> features)
        : base(header, features.Select(f => f.Column).ToList())
    {
        Intercept = intercept;
        _features = features.ToArray();
    }

    /// <summary>The baseline log-odds.</summary>
    public double Intercept { get; }

    /// <summary>The documented conversion from log-odds to the 0–100 score.</summary>
    public static int ScoreFromLogOdds(double z) => (int)Math.Round(100 * Sigmoid(z), MidpointRounding.AwayFromZero);

    private protected override LeadScore ScoreLead(IReadOnlyDictionary<string, object?> lead)
    {
        var contributions = new ScoreContribution[_features.Length];
        var count = 0;
        var z = Intercept;
        List<string>? missing = null;
        foreach (var feature in _features)
        {
            var value = LeadValues.Get(lead, feature.Column);
            if (value == null && feature.ReadsValue) AddMissing(ref missing, feature.Column);
            var contribution = feature.Contribute(value);
            if (contribution.Value == 0) continue;
            contributions[count++] = contribution;
            z += contribution.Value;
        }

        return new LeadScore(this, ScoreFromLogOdds(z), Intercept, z, Trim(contributions, count), missing?.ToArray() ?? NoColumns);
    }

    /// <summary>Written per sign so exp never overflows into a NaN.</summary>
    private static double Sigmoid(double z)
    {
        if (z >= 0) return 1 / (1 + Math.Exp(-z));
        var e = Math.Exp(z);
        return e / (1 + e);
    }
}
