namespace Hitl.Core.Approvals;

/// <summary>Global option set hitl_approvaldecision, used for both hitl_recommendation and hitl_decision.</summary>
public enum ApprovalDecision
{
    Approve = 741200000,
    Reject = 741200001,
}
