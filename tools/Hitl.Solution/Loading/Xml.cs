using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>Typed reads of solution XML; failures name the file, the element and, where known, the line.</summary>
internal static class Xml
{
    public static string? Text(this XElement parent, string child)
    {
        var element = parent.Element(child);
        return element is null || IsNil(element) ? null : element.Value.Trim();
    }

    public static string RequiredText(this XElement parent, string child, string file)
    {
        var value = parent.Text(child);
        return string.IsNullOrEmpty(value)
            ? throw new SolutionLoadException(file, $"<{parent.Name.LocalName}>{Line(parent)} has no <{child}> value.")
            : value;
    }

    public static string RequiredAttribute(this XElement element, string attribute, string file)
    {
        var value = element.Attribute(attribute)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new SolutionLoadException(file, $"<{element.Name.LocalName}>{Line(element)} has no {attribute} attribute.")
            : value;
    }

    public static int? Int(this XElement parent, string child, string file)
    {
        var value = parent.Text(child);
        return string.IsNullOrEmpty(value) ? null : ParseInt(value, $"<{child}>", file, parent);
    }

    public static int RequiredInt(this XElement parent, string child, string file) =>
        ParseInt(parent.RequiredText(child, file), $"<{child}>", file, parent);

    public static decimal? Decimal(this XElement parent, string child, string file)
    {
        var value = parent.Text(child);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new SolutionLoadException(file, $"<{child}>{Line(parent)} value '{value}' is not a number.");
    }

    /// <summary>0/1 (also true/false) flags; absent = false.</summary>
    public static bool Flag(this XElement parent, string child, string file)
    {
        var value = parent.Text(child);
        return value switch
        {
            null or "" or "0" => false,
            "1" => true,
            _ when bool.TryParse(value, out var b) => b,
            _ => throw new SolutionLoadException(file, $"<{child}>{Line(parent)} value '{value}' is not 0 or 1."),
        };
    }

    public static int ParseInt(string value, string what, string file, XObject? at = null) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new SolutionLoadException(file, $"{what}{Line(at)} value '{value}' is not a whole number.");

    public static Guid ParseGuid(string value, string what, string file, XObject? at = null) =>
        Guid.TryParse(value.Trim(), out var result)
            ? result
            : throw new SolutionLoadException(file, $"{what}{Line(at)} value '{value}' is not a GUID.");

    public static Guid RequiredGuid(this XElement parent, string child, string file) =>
        ParseGuid(parent.RequiredText(child, file), $"<{child}>", file, parent);

    public static Guid RequiredGuidAttribute(this XElement element, string attribute, string file) =>
        ParseGuid(element.RequiredAttribute(attribute, file), $"{attribute} attribute", file, element);

    /// <summary>The 1033 label under a labels/displaynames container (first label when no 1033 one).</summary>
    public static string Label(this XElement? container)
    {
        if (container is null)
        {
            return "";
        }

        var labels = container.Descendants().Where(e => e.Attribute("description") is not null).ToList();
        var label = labels.FirstOrDefault(l => l.Attribute("languagecode")?.Value == "1033") ?? labels.FirstOrDefault();
        return label?.Attribute("description")?.Value ?? container.Attribute("default")?.Value ?? "";
    }

    /// <summary>Comma-separated list, trimmed, lower-cased logical names; empty entries dropped.</summary>
    public static IReadOnlyList<string> CommaList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? Array.Empty<string>()
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant()).ToArray();

    public static string Line(XObject? at) =>
        at is IXmlLineInfo info && info.HasLineInfo() ? $" (line {info.LineNumber})" : "";

    private static bool IsNil(XElement element) =>
        element.Attributes().Any(a => a.Name.LocalName == "nil" && a.Value == "true");
}
