namespace Hitl.Core.Scoring.Logistic;

/// <summary>
/// One compiled feature: its contribution to the log-odds for a column's value (null = no value), measured against
/// the baseline, where every contribution is 0.
/// </summary>
internal abstract class LogisticFeature
{
    protected LogisticFeature(string column) => Column = column;

    public string Column { get; }

    /// <summary>False for presence features: for them a missing value is an answer, not a gap.</summary>
    public virtual bool ReadsValue => true;

    /// <summary>The contribution and its label; a missing value contributes 0 (the baseline).</summary>
    public abstract ScoreContribution Contribute(object? value);
}
