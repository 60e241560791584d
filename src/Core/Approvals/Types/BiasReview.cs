namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>A person reviews a bias audit that tripped a check.</summary>
    public static readonly ApprovalType BiasReview = new(741200002, nameof(BiasReview));
}
