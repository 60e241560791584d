namespace Hitl.Core.Approvals;

/// <summary>
/// The text forms the custom APIs exchange. One decision vocabulary for every channel: "Approve" or "Reject" (the
/// outcomes of the Approvals connector's Approve/Reject approvals), ignoring case and surrounding spaces; numbers
/// and other words ("Approved", "yes") are refused so a flow cannot pass an option value or a status by mistake.
/// Types are named as in <see cref="ApprovalType.TryParse"/>; statuses by their option name.
/// </summary>
public static class ApprovalNames
{
    public static bool TryParseDecision(string? text, out ApprovalDecision decision)
    {
        var trimmed = text?.Trim();
        foreach (ApprovalDecision candidate in Enum.GetValues(typeof(ApprovalDecision)))
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                decision = candidate;
                return true;
            }
        }

        decision = default;
        return false;
    }

    /// <summary>The Status output of hitl_SubmitApprovalDecision, e.g. "Approved".</summary>
    public static string StatusName(ApprovalStatus status) => status.ToString();
}
