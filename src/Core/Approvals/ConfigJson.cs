using System.Globalization;
using Hitl.Core.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals;

/// <summary>Strict JSON reading for the environment variables: every problem names the variable.</summary>
internal static class ConfigJson
{
    public static JToken Parse(string setting, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) throw new ConfigurationException(setting, "the value is empty.");
        try
        {
            using (var reader = new JsonTextReader(new System.IO.StringReader(raw!)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal })
            {
                var token = JToken.ReadFrom(reader);
                if (reader.Read()) throw new ConfigurationException(setting, "the value has text after the JSON.");
                return token;
            }
        }
        catch (JsonReaderException ex)
        {
            throw new ConfigurationException(setting, $"the value is not valid JSON ({ex.Message})");
        }
    }

    public static decimal Number(string setting, string name, JToken token)
    {
        if (token.Type != JTokenType.Integer && token.Type != JTokenType.Float)
        {
            throw new ConfigurationException(setting, $"{InputText.Quote(name)} must be a number, not {Describe(token)}.");
        }

        return token.Value<decimal>();
    }

    /// <summary>What a value is, quoting at most a short prefix of it.</summary>
    public static string Describe(JToken token) =>
        token.Type == JTokenType.String ? $"the text {InputText.Quote((string?)token)}" : InputText.Excerpt(token.ToString(Formatting.None));

    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
