namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>A person validates a commission before it becomes payable (above the threshold or anomalous).</summary>
    public static readonly ApprovalType CommissionValidation = new(741200001, nameof(CommissionValidation));
}
