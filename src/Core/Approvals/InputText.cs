namespace Hitl.Core.Approvals;

/// <summary>How a refusal quotes what a client sent: enough to recognise it, never the whole of an oversized input.</summary>
public static class InputText
{
    /// <summary>Characters of a client value a message may quote.</summary>
    public const int MaxQuoted = 40;

    /// <summary>The trimmed value in single quotes, cut to <see cref="MaxQuoted"/> characters with "…" when longer.</summary>
    public static string Quote(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        return text.Length <= MaxQuoted ? $"'{text}'" : $"'{text.Substring(0, MaxQuoted)}…' ({text.Length} characters)";
    }
}
