namespace Hitl.Core.Approvals;

/// <summary>Global option set hitl_approvalstatus; values mirror the solution (prefix 74120).</summary>
public enum ApprovalStatus
{
    Pending = 741200000,
    Approved = 741200001,
    Rejected = 741200002,
    Escalated = 741200003,
    Expired = 741200004,
    Cancelled = 741200005,
}
