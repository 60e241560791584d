namespace Hitl.Core.Approvals;

/// <summary>How a refusal quotes what a client sent: enough to recognise it, never the whole of an oversized input.</summary>
public static class InputText
{
    /// <summary>Characters of a client value a message may quote.</summary>
    public const int MaxQuoted = 40;

    /// <summary>The trimmed value in single quotes, cut to <see cref="MaxQuoted"/> characters with "…" when longer.</summary>
    public static string Quote(string? value) => $"'{Prefix(value)}'{Length(value)}";

    /// <summary>The trimmed value unquoted (a number, a JSON fragment), cut the same way.</summary>
    public static string Excerpt(string? value) => $"{Prefix(value)}{Length(value)}";

    private static string Prefix(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        return text.Length <= MaxQuoted ? text : text.Substring(0, MaxQuoted) + "…";
    }

    private static string Length(string? value)
    {
        var length = (value ?? string.Empty).Trim().Length;
        return length <= MaxQuoted ? string.Empty : $" ({length} characters)";
    }
}
