namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Teams and Outlook approvals return only a comment, so approvers write "Code: text". A leading
/// configured code is taken as the reason code when none was passed separately.
/// </summary>
public static class ReasonText
{
    public static (string? Code, string? Reason) Split(string? code, string? reason, IReadOnlyList<string> configuredCodes)
    {
        if (!string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(reason)) return (code, reason);

        var colon = reason!.IndexOf(':');
        if (colon <= 0) return (null, reason);

        var candidate = reason.Substring(0, colon).Trim();
        var match = configuredCodes.FirstOrDefault(c => string.Equals(c, candidate, StringComparison.OrdinalIgnoreCase));
        return match == null ? (null, reason) : (match, reason.Substring(colon + 1).Trim());
    }
}
