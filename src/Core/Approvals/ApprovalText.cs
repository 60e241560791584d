using System.Globalization;

namespace Hitl.Core.Approvals;

/// <summary>Formatting shared by refusal messages, so every message names people and times the same way.</summary>
internal static class ApprovalText
{
    public static string When(DateTime? utc) =>
        utc.HasValue ? utc.Value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "an unknown time";

    public static string Who(ApprovalSnapshot approval)
    {
        if (!string.IsNullOrWhiteSpace(approval.DecidedByName)) return approval.DecidedByName!.Trim();
        return approval.DecidedBy.HasValue ? $"user {approval.DecidedBy.Value:D}" : "the system";
    }


    public static string Status(ApprovalStatus status) => status.ToString().ToLowerInvariant();
}
