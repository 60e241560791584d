namespace Hitl.Core.Scoring.Logistic;

/// <summary>
/// One-hot categories: the coefficient of the lead's category. An unknown category or no value is the baseline (0).
/// Keys are option values (choice), true/false (yes/no) or texts compared ignoring case (ordinal, culture-invariant).
/// </summary>
internal sealed class CategoryFeature : LogisticFeature
{
    private readonly LeadColumnKind _kind;
    private readonly Dictionary<int, ScoreContribution> _choices = new();
    private readonly Dictionary<string, ScoreContribution> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<bool, ScoreContribution> _booleans = new();
    private readonly ScoreContribution _baseline;

    public CategoryFeature(string column, string? label, LeadColumnKind kind, IEnumerable<KeyValuePair<object, double>> coefficients)
        : base(column)
    {
        _kind = kind;
        var name = label ?? column;
        _baseline = new ScoreContribution(column, name, 0);
        foreach (var pair in coefficients)
        {
            var contribution = new ScoreContribution(column, $"{name} = {Format(pair.Key)}", pair.Value);
            switch (pair.Key)
            {
                case int option: _choices.Add(option, contribution); break;
                case bool flag: _booleans.Add(flag, contribution); break;
                default: _texts.Add((string)pair.Key, contribution); break;
            }
        }
    }

    public override ScoreContribution Contribute(object? value)
    {
        if (value == null) return _baseline;
        ScoreContribution found;
        var known = _kind switch
        {
            LeadColumnKind.Choice => _choices.TryGetValue(LeadValues.Choice(Column, value), out found),
            LeadColumnKind.Boolean => _booleans.TryGetValue(LeadValues.Boolean(Column, value), out found),
            _ => _texts.TryGetValue(LeadValues.Text(Column, value), out found),
        };
        return known ? found : _baseline;
    }

    private static string Format(object key) => key switch
    {
        bool flag => flag ? "true" : "false",
        string text => $"\"{text}\"",
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
