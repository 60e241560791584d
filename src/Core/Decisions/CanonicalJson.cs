using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Decisions;

/// <summary>
/// Deterministic JSON: object properties sorted by ordinal name at every depth, no whitespace, dates as
/// ISO 8601 UTC, invariant culture. The same inputs always give the same text, so logged decisions can be
/// compared and replayed.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Culture = CultureInfo.InvariantCulture,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateFormatString = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        FloatFormatHandling = FloatFormatHandling.String,
    });

    public static JToken ToToken(object? value) => Sort(value == null ? JValue.CreateNull() : JToken.FromObject(value, Serializer));

    public static string Serialize(object? value) => Write(ToToken(value));

    public static string Write(JToken token)
    {
        if (token == null) throw new ArgumentNullException(nameof(token));
        using (var text = new System.IO.StringWriter(CultureInfo.InvariantCulture))
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, DateFormatString = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", Culture = CultureInfo.InvariantCulture })
        {
            Sort(token).WriteTo(writer);
            writer.Flush();
            return text.ToString();
        }
    }

    private static JToken Sort(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                return new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sort(p.Value))));
            case JArray array:
                return new JArray(array.Select(Sort));
            default:
                return token.DeepClone();
        }
    }
}
