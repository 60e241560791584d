namespace Hitl.Core.Approvals;

/// <summary>A new approval ready to write, or the reason it may not be created.</summary>
public sealed class NewApprovalResult
{
    private NewApprovalResult(PreparedApproval? approval, string? refusal)
    {
        Approval = approval;
        Refusal = refusal;
    }

    public PreparedApproval? Approval { get; }

    /// <summary>A message the requester can act on; set when refused.</summary>
    public string? Refusal { get; }

    public bool IsRefused => Refusal != null;

    public static NewApprovalResult Accepted(PreparedApproval approval) => new(approval ?? throw new ArgumentNullException(nameof(approval)), null);

    public static NewApprovalResult Refused(string message) => new(null, message ?? throw new ArgumentNullException(nameof(message)));
}
