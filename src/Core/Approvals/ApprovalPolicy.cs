namespace Hitl.Core.Approvals;

/// <summary>The configuration the decision rules need: the reason codes from hitl_ApprovalReasonCodes.</summary>
public sealed class ApprovalPolicy
{
    /// <summary>hitl_decisionreason is ntext with a maximum length of 4000.</summary>
    public const int MaxReasonLength = 4000;

    public ApprovalPolicy(IEnumerable<string> reasonCodes)
    {
        if (reasonCodes == null) throw new ArgumentNullException(nameof(reasonCodes));
        ReasonCodes = reasonCodes.ToArray();
    }

    /// <summary>The shipped default of hitl_ApprovalReasonCodes.</summary>
    public static ApprovalPolicy Default { get; } = new ApprovalPolicy(ReasonCodeList.Default);

    public IReadOnlyList<string> ReasonCodes { get; }

    /// <summary>Finds a configured code ignoring case and returns its configured spelling.</summary>
    public string? FindReasonCode(string code)
    {
        var trimmed = code.Trim();
        return ReasonCodes.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
