namespace Hitl.Core.Scoring;

/// <summary>A lead's score under one model, with the reasons behind it.</summary>
public sealed class LeadScore
{
    private readonly ScoreContribution[] _contributions;
    private readonly int _reasonCount;

    // Ranked on first read: bulk rescoring that needs only the score and grade does not pay for them. A race
    // between threads ranks twice to equal results, so no lock is needed.
    private ScoreContribution[]? _positiveReasons;
    private ScoreContribution[]? _negativeReasons;

    internal LeadScore(ScoringModel model, int score, double baselineValue, double rawValue, ScoreContribution[] contributions, string[] missingColumns)
    {
        Score = score;
        Grade = model.Grades.GradeFor(score);
        ModelName = model.Name;
        ModelVersion = model.Version;
        BaselineValue = baselineValue;
        RawValue = rawValue;
        MissingColumns = missingColumns;
        _contributions = contributions;
        _reasonCount = model.ReasonCount;
    }

    /// <summary>0–100.</summary>
    public int Score { get; }

    public LeadGrade Grade { get; }

    public string ModelName { get; }

    public string ModelVersion { get; }

    /// <summary>Points model: the base points. Logistic model: the baseline log-odds, which is the intercept.</summary>
    public double BaselineValue { get; }

    /// <summary>
    /// Points model: base points plus every matched rule, before clamping to 0–100. Logistic model: the log-odds z.
    /// Always <see cref="BaselineValue"/> plus the sum of <see cref="Contributions"/>.
    /// </summary>
    public double RawValue { get; }

    /// <summary>Every non-zero contribution, in model order.</summary>
    public IReadOnlyList<ScoreContribution> Contributions => _contributions;

    /// <summary>The largest positive contributions, largest first (ties in model order), at most the model's reason count.</summary>
    public IReadOnlyList<ScoreContribution> PositiveReasons => _positiveReasons ??= ReasonRanking.Top(_contributions, _reasonCount, positive: true);

    /// <summary>The largest negative contributions, most negative first (ties in model order), at most the model's reason count.</summary>
    public IReadOnlyList<ScoreContribution> NegativeReasons => _negativeReasons ??= ReasonRanking.Top(_contributions, _reasonCount, positive: false);

    /// <summary>
    /// Columns whose value the model needed but the lead lacks (empty text counts as missing), in model order. A column
    /// the model reads only through present/absent conditions is never missing: its absence is the information.
    /// </summary>
    public IReadOnlyList<string> MissingColumns { get; }
}
