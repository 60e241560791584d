using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Configuration;

/// <summary>Parsers for the four environment variable types, strict so that a typo fails safe.</summary>
public static class SettingParsers
{
    public static string Text(string raw) => raw ?? string.Empty;

    public static decimal Number(string raw)
    {
        if (!decimal.TryParse(raw?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{raw}' is not a number (use digits with '.' as the decimal separator).");
        }

        return value;
    }

    /// <summary>Dataverse stores Boolean variables as "yes"/"no"; "true"/"false" are accepted too.</summary>
    public static bool Boolean(string raw)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case "yes":
            case "true":
                return true;
            case "no":
            case "false":
                return false;
            default:
                throw new FormatException($"'{raw}' is not a Boolean value (use yes or no).");
        }
    }

    public static JToken Json(string raw)
    {
        try
        {
            return JToken.Parse(raw ?? string.Empty);
        }
        catch (JsonReaderException ex)
        {
            throw new FormatException($"the value is not valid JSON ({ex.Message})");
        }
    }
}
