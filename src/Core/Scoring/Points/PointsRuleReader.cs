using Hitl.Core.Approvals;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring.Points;

/// <summary>Reads the "rules" of a points model: each a column, exactly one condition, points and an optional label.</summary>
internal sealed class PointsRuleReader
{
    public const int MaxRules = 200;
    public const int MaxPoints = 100;
    private static readonly string[] Conditions = { "equals", "in", "range", "present", "contains" };
    private static readonly string[] Properties = { "column", "label", "points", "equals", "in", "range", "present", "contains" };

    private readonly ModelJson _json;
    private readonly ModelColumns _columns;

    public PointsRuleReader(ModelJson json, ModelColumns columns)
    {
        _json = json;
        _columns = columns;
    }

    public List<PointsRule> ReadAll(JObject document)
    {
        var rules = new List<PointsRule>();
        var array = _json.BoundedArray(document, "rules", "rule", MaxRules);
        if (array == null) return rules;
        for (var i = 0; i < array.Count; i++)
        {
            var rule = Read(array[i], ModelJson.Item("$.rules", i));
            if (rule != null) rules.Add(rule);
        }

        return rules;
    }

    private PointsRule? Read(JToken token, string path)
    {
        var obj = _json.Object(token, path);
        if (obj == null) return null;
        _json.OnlyProperties(obj, path, Properties);
        var column = _columns.Read(obj, path);
        var label = obj["label"] == null ? null : _json.Text(obj["label"], ModelJson.Child(path, "label"), 100);
        var points = _json.Integer(_json.Required(obj, path, "points"), ModelJson.Child(path, "points"), -MaxPoints, MaxPoints);
        if (points == 0) _json.Fault(ModelJson.Child(path, "points"), "a rule of 0 points changes nothing; remove it or give it points.");

        var given = Conditions.Where(c => obj[c] != null).ToList();
        if (given.Count != 1)
        {
            _json.Fault(path, given.Count == 0
                ? "needs one condition: equals, in, range, present or contains."
                : $"has {given.Count} conditions ({string.Join(", ", given)}); give exactly one.");
            return null;
        }

        if (column == null) return null;
        var condition = ReadCondition(given[0], obj[given[0]]!, ModelJson.Child(path, given[0]), column.Name, column.Kind);
        return condition == null || points == null || points == 0 ? null : new PointsRule(column.Name, points.Value, condition, label);
    }

    private PointsCondition? ReadCondition(string name, JToken token, string path, string column, LeadColumnKind kind)
    {
        switch (name)
        {
            case "present":
                var present = _json.Boolean(token, path);
                return present == null ? null : new PresenceCondition(present.Value);
            case "contains":
                if (kind != LeadColumnKind.Text)
                {
                    _columns.WrongKind(path, column, kind, "contains", "Text");
                    return null;
                }

                var text = _json.Text(token, path, 100);
                return text == null ? null : new ContainsCondition(text);
            case "range":
                if (kind != LeadColumnKind.Number)
                {
                    _columns.WrongKind(path, column, kind, "range", "Number");
                    return null;
                }

                return ReadRange(token, path);
            case "equals":
                return ReadValues(new JArray { token }, path, column, kind, single: true);
            default:
                var array = _json.Array(token, path);
                if (array == null) return null;
                if (array.Count == 0)
                {
                    _json.Fault(path, "needs at least one value.");
                    return null;
                }

                return ReadValues(array, path, column, kind, single: false);
        }
    }

    /// <summary>"equals" is "in" with one value; the value type must suit the column.</summary>
    private PointsCondition? ReadValues(JArray values, string path, string column, LeadColumnKind kind, bool single)
    {
        var what = single ? "equals" : "in";
        if (kind == LeadColumnKind.Date || (kind == LeadColumnKind.Boolean && !single))
        {
            _columns.WrongKind(path, column, kind, what, single ? "Text, Number, Boolean and Choice" : "Text, Number and Choice");
            return null;
        }

        var read = new List<object>();
        for (var i = 0; i < values.Count; i++)
        {
            var value = ReadValue(values[i], single ? path : ModelJson.Item(path, i), column, kind);
            if (value != null) read.Add(value);
        }

        if (read.Count < values.Count) return null;

        return kind switch
        {
            LeadColumnKind.Text => new TextInCondition(read.Cast<string>().ToList(), single),
            LeadColumnKind.Number => new NumberInCondition(read.Cast<double>().ToList(), single),
            LeadColumnKind.Choice => new ChoiceInCondition(read.Cast<int>().ToList(), single),
            _ => new BooleanEqualsCondition((bool)read[0]),
        };
    }

    /// <summary>One value of an equals or in: text, a number, an option value or true/false, as the column needs.</summary>
    private object? ReadValue(JToken token, string path, string column, LeadColumnKind kind)
    {
        var isNumber = token.Type == JTokenType.Integer || token.Type == JTokenType.Float;
        switch (kind)
        {
            case LeadColumnKind.Text when token.Type == JTokenType.String:
                return _json.Text(token, path, 100);
            case LeadColumnKind.Number when isNumber:
                return _json.Number(token, path);
            case LeadColumnKind.Choice when isNumber:
                return _json.Integer(token, path, int.MinValue, int.MaxValue);
            case LeadColumnKind.Boolean when token.Type == JTokenType.Boolean:
                return (bool)token;
        }

        var expected = kind switch
        {
            LeadColumnKind.Text => "text",
            LeadColumnKind.Number => "a number",
            LeadColumnKind.Choice => "an option value (a whole number)",
            _ => "true or false",
        };
        _json.Fault(path, $"{InputText.Quote(column)} is a {kind} column; give {expected}, not {ModelJson.Describe(token)}.");
        return null;
    }

    private RangeCondition? ReadRange(JToken token, string path)
    {
        var obj = _json.Object(token, path);
        if (obj == null) return null;
        _json.OnlyProperties(obj, path, "min", "max");
        if (obj["min"] == null && obj["max"] == null)
        {
            _json.Fault(path, "needs min (inclusive), max (exclusive) or both.");
            return null;
        }

        var min = _json.Number(obj["min"], ModelJson.Child(path, "min"));
        var max = _json.Number(obj["max"], ModelJson.Child(path, "max"));
        if ((obj["min"] != null && min == null) || (obj["max"] != null && max == null)) return null;
        if (min.HasValue && max.HasValue && min.Value >= max.Value)
        {
            _json.Fault(path, $"min {ModelJson.Format(min.Value)} must be less than max {ModelJson.Format(max.Value)} (min is inclusive, max exclusive).");
            return null;
        }

        return new RangeCondition(min, max);
    }
}
