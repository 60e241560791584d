namespace Hitl.Core.Scoring.Logistic;

/// <summary>The coefficient when the column has a value; 0 (the baseline) when it has none.</summary>
internal sealed class PresenceFeature : LogisticFeature
{
    private readonly ScoreContribution _present;
    private readonly ScoreContribution _absent;

    public PresenceFeature(string column, string? label, double coefficient)
        : base(column)
    {
        _present = new ScoreContribution(column, label ?? $"{column} is present", coefficient);
        _absent = new ScoreContribution(column, _present.Label, 0);
    }

    public override bool ReadsValue => false;

    public override ScoreContribution Contribute(object? value) => value != null ? _present : _absent;
}
