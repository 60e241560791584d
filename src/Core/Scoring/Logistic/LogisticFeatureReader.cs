using System.Globalization;
using Hitl.Core.Approvals;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring.Logistic;

/// <summary>Reads the "features" of a logistic model: numeric (scaled, clipped), category (one-hot) or present.</summary>
internal sealed class LogisticFeatureReader
{
    public const int MaxFeatures = 200;

    private readonly ModelJson _json;
    private readonly ModelColumns _columns;

    public LogisticFeatureReader(ModelJson json, ModelColumns columns)
    {
        _json = json;
        _columns = columns;
    }

    public List<LogisticFeature> ReadAll(JObject document)
    {
        var features = new List<LogisticFeature>();
        var array = _json.BoundedArray(document, "features", "feature", MaxFeatures);
        if (array == null) return features;
        var firstPathOfColumn = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var path = ModelJson.Item("$.features", i);
            var feature = Read(array[i], path);
            if (feature == null) continue;
            if (firstPathOfColumn.TryGetValue(feature.Column, out var first))
            {
                // Two features on one column would count it twice and split its explanation in two.
                _json.Fault(ModelJson.Child(path, "column"), $"{InputText.Quote(feature.Column)} already has a feature at {first}; give each column one feature.");
                continue;
            }

            firstPathOfColumn.Add(feature.Column, path);
            features.Add(feature);
        }

        return features;
    }

    private LogisticFeature? Read(JToken token, string path)
    {
        var obj = _json.Object(token, path);
        if (obj == null) return null;
        var type = _json.Text(_json.Required(obj, path, "type"), ModelJson.Child(path, "type"), 20);
        var column = _columns.Read(obj, path);
        var label = obj["label"] == null ? null : _json.Text(obj["label"], ModelJson.Child(path, "label"), 100);
        switch (type)
        {
            case null:
                return null;
            case "numeric":
                _json.OnlyProperties(obj, path, "column", "label", "type", "coefficient", "scaling", "clip");
                return ReadNumeric(obj, path, column, label);
            case "category":
                _json.OnlyProperties(obj, path, "column", "label", "type", "coefficients");
                return ReadCategory(obj, path, column, label);
            case "present":
                _json.OnlyProperties(obj, path, "column", "label", "type", "coefficient");
                var coefficient = _json.Number(_json.Required(obj, path, "coefficient"), ModelJson.Child(path, "coefficient"));
                return column == null || coefficient == null ? null : new PresenceFeature(column.Name, label, coefficient.Value);
            default:
                _json.Fault(ModelJson.Child(path, "type"), $"{InputText.Quote(type)} is not a feature type; use \"numeric\", \"category\" or \"present\".");
                return null;
        }
    }

    private NumericFeature? ReadNumeric(JObject obj, string path, ModelColumn? column, string? label)
    {
        if (column != null && column.Kind != LeadColumnKind.Number)
        {
            _columns.WrongKind(ModelJson.Child(path, "type"), column.Name, column.Kind, "a numeric feature", "Number");
            column = null;
        }

        var coefficient = _json.Number(_json.Required(obj, path, "coefficient"), ModelJson.Child(path, "coefficient"));
        var scaling = ReadScaling(obj, path);
        var clipOk = ReadClip(obj, path, out var clipMin, out var clipMax);
        if (column == null || coefficient == null || scaling == null || !clipOk) return null;
        return new NumericFeature(column.Name, label, coefficient.Value, scaling.Offset, scaling.Divisor, clipMin, clipMax);
    }

    /// <summary>zscore: (x − mean) / scale; minmax: (x − min) / (max − min).</summary>
    private Scaling? ReadScaling(JObject feature, string featurePath)
    {
        var path = ModelJson.Child(featurePath, "scaling");
        var obj = _json.Object(_json.Required(feature, featurePath, "scaling"), path);
        if (obj == null) return null;
        var method = _json.Text(_json.Required(obj, path, "method"), ModelJson.Child(path, "method"), 20);
        switch (method)
        {
            case null:
                return null;
            case "zscore":
                _json.OnlyProperties(obj, path, "method", "mean", "scale");
                var mean = _json.Number(_json.Required(obj, path, "mean"), ModelJson.Child(path, "mean"));
                var scale = _json.Number(_json.Required(obj, path, "scale"), ModelJson.Child(path, "scale"));
                if (scale <= 0)
                {
                    _json.Fault(ModelJson.Child(path, "scale"), $"must be greater than 0, not {ModelJson.Format(scale.Value)}.");
                    return null;
                }

                return mean == null || scale == null ? null : new Scaling(mean.Value, scale.Value);
            case "minmax":
                _json.OnlyProperties(obj, path, "method", "min", "max");
                var min = _json.Number(_json.Required(obj, path, "min"), ModelJson.Child(path, "min"));
                var max = _json.Number(_json.Required(obj, path, "max"), ModelJson.Child(path, "max"));
                if (min == null || max == null) return null;
                if (max.Value <= min.Value)
                {
                    _json.Fault(path, $"max {ModelJson.Format(max.Value)} must be greater than min {ModelJson.Format(min.Value)}.");
                    return null;
                }

                return new Scaling(min.Value, max.Value - min.Value);
            default:
                _json.Fault(ModelJson.Child(path, "method"), $"{InputText.Quote(method)} is not a scaling method; use \"zscore\" or \"minmax\".");
                return null;
        }
    }

    /// <summary>Optional bounds on the raw value, in the column's units; false after a fault.</summary>
    private bool ReadClip(JObject feature, string featurePath, out double? min, out double? max)
    {
        min = max = null;
        if (feature["clip"] == null) return true;
        var path = ModelJson.Child(featurePath, "clip");
        var obj = _json.Object(feature["clip"], path);
        if (obj == null) return false;
        _json.OnlyProperties(obj, path, "min", "max");
        if (obj["min"] == null && obj["max"] == null)
        {
            _json.Fault(path, "needs min, max or both.");
            return false;
        }

        min = _json.Number(obj["min"], ModelJson.Child(path, "min"));
        max = _json.Number(obj["max"], ModelJson.Child(path, "max"));
        if ((obj["min"] != null && min == null) || (obj["max"] != null && max == null)) return false;
        if (min.HasValue && max.HasValue && min.Value >= max.Value)
        {
            _json.Fault(path, $"min {ModelJson.Format(min.Value)} must be less than max {ModelJson.Format(max.Value)}.");
            return false;
        }

        return true;
    }

    private CategoryFeature? ReadCategory(JObject obj, string path, ModelColumn? column, string? label)
    {
        if (column != null && (column.Kind == LeadColumnKind.Number || column.Kind == LeadColumnKind.Date))
        {
            _columns.WrongKind(ModelJson.Child(path, "type"), column.Name, column.Kind, "a category feature", "Text, Choice and Boolean");
            column = null;
        }

        var coefficientsPath = ModelJson.Child(path, "coefficients");
        var coefficients = _json.Object(_json.Required(obj, path, "coefficients"), coefficientsPath);
        if (coefficients == null) return null;
        if (!coefficients.HasValues)
        {
            _json.Fault(coefficientsPath, "needs at least one category.");
            return null;
        }

        var read = new List<KeyValuePair<object, double>>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        foreach (var property in coefficients.Properties())
        {
            var keyPath = ModelJson.Child(coefficientsPath, property.Name);
            var coefficient = _json.Number(property.Value, keyPath);
            var key = column == null ? null : Category(property.Name, keyPath, column.Name, column.Kind);
            if (coefficient == null || key == null)
            {
                ok = false;
                continue;
            }

            var normal = Convert.ToString(key, CultureInfo.InvariantCulture)!;
            if (seen.TryGetValue(normal, out var first))
            {
                _json.Fault(keyPath, $"the same category as {InputText.Quote(first)}; give each category once.");
                ok = false;
                continue;
            }

            seen.Add(normal, property.Name);
            read.Add(new KeyValuePair<object, double>(key, coefficient.Value));
        }

        return ok && column != null ? new CategoryFeature(column.Name, label, column.Kind, read) : null;
    }

    /// <summary>A category key: an option value for a choice, true/false for yes/no, any text for a text column.</summary>
    private object? Category(string key, string path, string column, LeadColumnKind kind)
    {
        switch (kind)
        {
            case LeadColumnKind.Choice:
                if (int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var option)) return option;
                _json.Fault(path, $"{InputText.Quote(column)} is a Choice column; a category is an option value such as \"4\", not {InputText.Quote(key)}.");
                return null;
            case LeadColumnKind.Boolean:
                if (key == "true") return true;
                if (key == "false") return false;
                _json.Fault(path, $"{InputText.Quote(column)} is a Boolean column; a category is \"true\" or \"false\", not {InputText.Quote(key)}.");
                return null;
            default:
                var text = key.Trim();
                if (text.Length > 0) return text;
                _json.Fault(path, "a category must not be empty.");
                return null;
        }
    }
}

/// <summary>A numeric feature's scaled value is (x − Offset) / Divisor.</summary>
internal sealed record Scaling(double Offset, double Divisor);
