namespace Hitl.Core.Scoring;

/// <summary>A lead's score under one model, with the reasons behind it.</summary>
public sealed class LeadScore
{
    internal LeadScore(ScoringModel model, int score, double baselineValue, double rawValue, ScoreContribution[] contributions, string[] missingColumns)
    {
        Score = score;
        Grade = model.Grades.GradeFor(score);
        ModelName = model.Name;
        ModelVersion = model.Version;
        BaselineValue = baselineValue;
        RawValue = rawValue;
        Contributions = contributions;
        MissingColumns = missingColumns;
        PositiveReasons = ReasonRanking.Top(contributions, model.ReasonCount, positive: true);
        NegativeReasons = ReasonRanking.Top(contributions, model.ReasonCount, positive: false);
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
    public IReadOnlyList<ScoreContribution> Contributions { get; }

    /// <summary>The largest positive contributions, largest first (ties in model order), at most the model's reason count.</summary>
    public IReadOnlyList<ScoreContribution> PositiveReasons { get; }

    /// <summary>The largest negative contributions, most negative first (ties in model order), at most the model's reason count.</summary>
    public IReadOnlyList<ScoreContribution> NegativeReasons { get; }

    /// <summary>
    /// Columns whose value the model needed but the lead lacks (empty text counts as missing), in model order. A column
    /// the model reads only through present/absent conditions is never missing: its absence is the information.
    /// </summary>
    public IReadOnlyList<string> MissingColumns { get; }
}
