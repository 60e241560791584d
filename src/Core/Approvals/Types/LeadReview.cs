namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>A person reviews a lead the scoring routed to review (review band or high value) before it is assigned.</summary>
    public static readonly ApprovalType LeadReview = new(741200000, nameof(LeadReview));
}
