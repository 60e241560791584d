namespace Hitl.Core.Approvals;

/// <summary>Global option set hitl_approvaltype; values mirror the solution (prefix 74120).</summary>
public enum ApprovalType
{
    LeadReview = 741200000,
    CommissionValidation = 741200001,
    BiasReview = 741200002,
    ConsentException = 741200003,
    ScoreOverride = 741200004,
    ContestedDecision = 741200005,
}
