namespace Hitl.Core.Scoring.Logistic;

/// <summary>
/// coefficient · (clip(x) − offset) / divisor: z-score scaling has offset = mean and divisor = scale, min-max scaling
/// has offset = min and divisor = max − min. Clipping bounds the raw value (in the column's units) before scaling.
/// The baseline value is the offset (the mean, or the min), where the contribution is 0.
/// </summary>
internal sealed class NumericFeature : LogisticFeature
{
    private readonly double _coefficient;
    private readonly double _offset;
    private readonly double _divisor;
    private readonly double _clipMin;
    private readonly double _clipMax;
    private readonly string _label;

    public NumericFeature(string column, string? label, double coefficient, double offset, double divisor, double? clipMin, double? clipMax)
        : base(column)
    {
        _coefficient = coefficient;
        _offset = offset;
        _divisor = divisor;
        _clipMin = clipMin ?? double.NegativeInfinity;
        _clipMax = clipMax ?? double.PositiveInfinity;
        _label = label ?? column;
    }

    public override ScoreContribution Contribute(object? value)
    {
        if (value == null) return new ScoreContribution(Column, _label, 0);
        var x = LeadValues.Number(Column, value);
        if (x < _clipMin) x = _clipMin;
        if (x > _clipMax) x = _clipMax;
        return new ScoreContribution(Column, _label, _coefficient * ((x - _offset) / _divisor));
    }
}
