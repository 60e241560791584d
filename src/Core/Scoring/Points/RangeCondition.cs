using System.Globalization;

namespace Hitl.Core.Scoring.Points;

/// <summary>
/// "range" on a number column: min &lt;= value &lt; max (min inclusive, max exclusive), so adjacent bands such as
/// [0, 50000) and [50000, ...) never overlap. Either bound may be left out.
/// </summary>
internal sealed class RangeCondition : PointsCondition
{
    private readonly double _min;
    private readonly double _max;
    private readonly string _description;

    public RangeCondition(double? min, double? max)
    {
        _min = min ?? double.NegativeInfinity;
        _max = max ?? double.PositiveInfinity;
        var parts = new List<string>();
        if (min.HasValue) parts.Add(">= " + min.Value.ToString("R", CultureInfo.InvariantCulture));
        if (max.HasValue) parts.Add("< " + max.Value.ToString("R", CultureInfo.InvariantCulture));
        _description = string.Join(" and ", parts);
    }

    public override bool Matches(string column, object? value)
    {
        if (value == null) return false;
        var number = LeadValues.Number(column, value);
        return number >= _min && number < _max;
    }

    public override string Describe(string column) => $"{column} {_description}";
}
