using System.Globalization;

namespace Hitl.Core.Scoring.Points;

/// <summary>"equals" / "in" on a choice column: the option value is one of the given option values.</summary>
internal sealed class ChoiceInCondition : PointsCondition
{
    private readonly int[] _values;
    private readonly string _description;

    public ChoiceInCondition(IReadOnlyCollection<int> values, bool single)
    {
        _values = values.ToArray();
        var texts = values.Select(v => v.ToString(CultureInfo.InvariantCulture));
        _description = single ? $"= {texts.First()}" : $"in ({string.Join(", ", texts)})";
    }

    public override bool Matches(string column, object? value) => value != null && Array.IndexOf(_values, LeadValues.Choice(column, value)) >= 0;

    public override string Describe(string column) => $"{column} {_description}";
}
