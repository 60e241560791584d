namespace Hitl.Core.Approvals;

/// <summary>A requested approval, as the client asked for it (who asked is what the platform says, never a client value).</summary>
public sealed record NewApproval(ApprovalType Type, Regarding Regarding, Principal Owner, Guid RequestedBy)
{
    /// <summary>hitl_subjectuserid: the person the approval is about, who may not decide it.</summary>
    public Guid? SubjectUserId { get; init; }

    public string? Name { get; init; }
}
