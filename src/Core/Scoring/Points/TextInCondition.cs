namespace Hitl.Core.Scoring.Points;

/// <summary>"equals" / "in" on a text column: the whole value equals one of the texts, ignoring case (ordinal, culture-invariant).</summary>
internal sealed class TextInCondition : PointsCondition
{
    private readonly HashSet<string> _values;
    private readonly string _description;

    public TextInCondition(IReadOnlyCollection<string> values, bool single)
    {
        _values = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        _description = single ? $"= \"{values.First()}\"" : $"in ({string.Join(", ", values.Select(v => $"\"{v}\""))})";
    }

    public override bool Matches(string column, object? value) => value != null && _values.Contains(LeadValues.Text(column, value));

    public override string Describe(string column) => $"{column} {_description}";
}
