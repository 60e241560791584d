using System.Globalization;

namespace Hitl.Core.Scoring.Points;

/// <summary>"equals" / "in" on a number column: the value equals one of the numbers exactly.</summary>
internal sealed class NumberInCondition : PointsCondition
{
    private readonly double[] _values;
    private readonly string _description;

    public NumberInCondition(IReadOnlyCollection<double> values, bool single)
    {
        _values = values.ToArray();
        var texts = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture));
        _description = single ? $"= {texts.First()}" : $"in ({string.Join(", ", texts)})";
    }

    public override bool Matches(string column, object? value)
    {
        if (value == null) return false;
        var number = LeadValues.Number(column, value);
        return Array.IndexOf(_values, number) >= 0;
    }

    public override string Describe(string column) => $"{column} {_description}";
}
