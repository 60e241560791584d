using System.Globalization;
using Hitl.Core.Approvals;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>
/// Typed reads from a scoring model document that record a fault at the value's JSON path instead of throwing, so
/// one pass reports every problem. A read that fails returns null and the caller skips what depends on it.
/// </summary>
internal sealed class ModelJson
{
    private readonly List<ScoringModelFault> _faults = new();

    public IReadOnlyList<ScoringModelFault> Faults => _faults;

    public void Fault(string path, string message) => _faults.Add(new ScoringModelFault(path, message));

    /// <summary>Parses the text; a fault at $ (or where the reader stopped) when it is not one JSON value.</summary>
    public JToken? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            Fault("$", "the document is empty.");
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(json!))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read()) Fault("$", "there is text after the JSON document.");
            return token;
        }
        catch (JsonReaderException ex)
        {
            var message = ex.Message;
            var pathAt = message.IndexOf(" Path '", StringComparison.Ordinal);
            if (pathAt > 0) message = message.Substring(0, pathAt);
            Fault(string.IsNullOrEmpty(ex.Path) ? "$" : "$." + ex.Path, $"not valid JSON (line {ex.LineNumber}, position {ex.LinePosition}): {message}");
            return null;
        }
    }

    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => c == '_' || char.IsLetterOrDigit(c)) && !char.IsDigit(name[0])
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'")}']";

    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>A fault for every property not in <paramref name="allowed"/> (most often a typo).</summary>
    public void OnlyProperties(JObject obj, string path, params string[] allowed)
    {
        foreach (var property in obj.Properties())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                Fault(Child(path, property.Name), $"unknown property; use {string.Join(", ", allowed)}.");
            }
        }
    }

    public JToken? Required(JObject obj, string path, string name)
    {
        var token = obj[name];
        if (token == null) Fault(Child(path, name), "missing.");
        return token;
    }

    public JObject? Object(JToken? token, string path)
    {
        if (token == null) return null;
        if (token is JObject obj) return obj;
        Fault(path, $"must be an object, not {Describe(token)}.");
        return null;
    }

    /// <summary>The required array <c>$.name</c> of 1 to <paramref name="max"/> items (faults otherwise); null when absent or not an array.</summary>
    public JArray? BoundedArray(JObject document, string name, string itemNoun, int max)
    {
        var path = "$." + name;
        var array = Array(Required(document, "$", name), path);
        if (array == null) return null;
        if (array.Count == 0) Fault(path, $"needs at least one {itemNoun}.");
        if (array.Count > max) Fault(path, $"has {array.Count} {itemNoun}s; at most {max} are allowed.");
        return array;
    }

    public JArray? Array(JToken? token, string path)
    {
        if (token == null) return null;
        if (token is JArray array) return array;
        Fault(path, $"must be an array, not {Describe(token)}.");
        return null;
    }

    /// <summary>Trimmed, non-empty text of at most <paramref name="maxLength"/> characters.</summary>
    public string? Text(JToken? token, string path, int maxLength)
    {
        if (token == null) return null;
        if (token.Type != JTokenType.String)
        {
            Fault(path, $"must be text, not {Describe(token)}.");
            return null;
        }

        var text = ((string?)token ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            Fault(path, "must not be empty.");
            return null;
        }

        if (text.Length > maxLength)
        {
            Fault(path, $"is {text.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        return text;
    }

    /// <summary>A finite number (JSON readers accept NaN and Infinity; a model must not).</summary>
    public double? Number(JToken? token, string path)
    {
        if (token == null) return null;
        if (token.Type != JTokenType.Integer && token.Type != JTokenType.Float)
        {
            Fault(path, $"must be a number, not {Describe(token)}.");
            return null;
        }

        var value = token.Value<double>();
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Fault(path, $"must be a finite number, not {Format(value)}.");
            return null;
        }

        return value;
    }

    /// <summary>A whole number within [min, max] (20.0 counts as 20, as in JSON Schema's "integer").</summary>
    public int? Integer(JToken? token, string path, int min, int max)
    {
        var value = Number(token, path);
        if (value == null) return null;
        if (value.Value != Math.Floor(value.Value))
        {
            Fault(path, $"must be a whole number, not {Format(value.Value)}.");
            return null;
        }

        if (value.Value < min || value.Value > max)
        {
            Fault(path, $"{Format(value.Value)} is outside {min}–{max}.");
            return null;
        }

        return (int)value.Value;
    }

    public bool? Boolean(JToken? token, string path)
    {
        if (token == null) return null;
        if (token.Type == JTokenType.Boolean) return (bool)token;
        Fault(path, $"must be true or false, not {Describe(token)}.");
        return null;
    }

    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"the text {InputText.Quote((string?)token)}",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Null => "null",
        _ => token.ToString(Formatting.None),
    };

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
