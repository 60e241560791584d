namespace Hitl.Core.Approvals;

/// <summary>
/// The text forms the custom APIs exchange: Decision "Approve"/"Reject", Type as the option name
/// (e.g. "LeadReview"), Status as the option name. Parsing ignores case and surrounding spaces but
/// refuses numbers, so a flow cannot pass an option value by mistake.
/// </summary>
public static class ApprovalNames
{
    public static bool TryParseDecision(string? text, out ApprovalDecision decision) => TryParse(text, out decision);

    public static bool TryParseType(string? text, out ApprovalType type) => TryParse(text, out type);

    /// <summary>The Status output of hitl_SubmitApprovalDecision, e.g. "Approved".</summary>
    public static string StatusName(ApprovalStatus status) => status.ToString();

    private static bool TryParse<T>(string? text, out T value) where T : struct
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return false;
        var name = Enum.GetNames(typeof(T)).FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
        if (name == null) return false;
        value = (T)Enum.Parse(typeof(T), name);
        return true;
    }
}
