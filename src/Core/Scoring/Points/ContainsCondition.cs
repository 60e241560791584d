namespace Hitl.Core.Scoring.Points;

/// <summary>"contains" on a text column: the value contains the text anywhere, ignoring case (ordinal, culture-invariant).</summary>
internal sealed class ContainsCondition : PointsCondition
{
    private readonly string _text;

    public ContainsCondition(string text) => _text = text;

    public override bool Matches(string column, object? value) =>
        value != null && LeadValues.Text(column, value).IndexOf(_text, StringComparison.OrdinalIgnoreCase) >= 0;

    public override string Describe(string column) => $"{column} contains \"{_text}\"";
}
