namespace Hitl.Core.Scoring;

/// <summary>Picks the reasons shown with a score: the strongest contributions of one sign, ties kept in model order.</summary>
internal static class ReasonRanking
{
    private static readonly ScoreContribution[] None = new ScoreContribution[0];

    public static ScoreContribution[] Top(ScoreContribution[] contributions, int count, bool positive)
    {
        if (count == 0) return None;
        var picked = new List<ScoreContribution>(count);
        foreach (var contribution in contributions)
        {
            if (positive ? contribution.Value <= 0 : contribution.Value >= 0) continue;

            // Insertion into a short sorted list: a later contribution only moves ahead of a strictly weaker one.
            var at = picked.Count;
            while (at > 0 && Stronger(contribution.Value, picked[at - 1].Value, positive)) at--;
            if (at >= count) continue;
            picked.Insert(at, contribution);
            if (picked.Count > count) picked.RemoveAt(count);
        }

        return picked.Count == 0 ? None : picked.ToArray();
    }

    private static bool Stronger(double candidate, double other, bool positive) => positive ? candidate > other : candidate < other;
}
