using Hitl.Core.Scoring;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// The naive baseline of the scoring benchmarks: what a plug-in without the per-organization model cache does,
/// parsing and validating the stored document for every lead. <see cref="AssertSameScores"/> keeps the comparison
/// honest: both ways must give the same result for the same lead.
/// </summary>
internal static class ModelPerCall
{
    public static LeadScore Score(string json, IReadOnlyDictionary<string, object?> lead) =>
        Compile(json).Score(lead);

    public static ScoringModel Compile(string json) =>
        ScoringModelReader.Read(json, LeadColumnCatalog.Standard, ProtectedAttributes.Default).ModelOrThrow();

    /// <summary>Score, grade, raw value, contributions, reasons and missing columns must all agree.</summary>
    public static void AssertSameScores(ScoringModel compiled, string json, IEnumerable<IReadOnlyDictionary<string, object?>> leads)
    {
        var index = 0;
        foreach (var lead in leads)
        {
            var expected = Score(json, lead);
            var actual = compiled.Score(lead);
            if (Describe(expected) != Describe(actual))
            {
                throw new InvalidOperationException($"Lead {index} of the sample scores differently: per-call parse {Describe(expected)}, compiled {Describe(actual)}.");
            }

            index++;
        }
    }

    private static string Describe(LeadScore score) => string.Join(" | ",
        $"{score.Score} {score.Grade} {score.ModelVersion} raw {score.RawValue:R}",
        string.Join(", ", score.Contributions),
        string.Join(", ", score.PositiveReasons),
        string.Join(", ", score.NegativeReasons),
        string.Join(", ", score.MissingColumns));
}
