namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>
    /// A lead scoring model is to become the active one. Someone other than its author decides, with evidence of how
    /// grades and the review load would shift; approval activates it and retires the previous model.
    /// </summary>
    public static readonly ApprovalType ModelChange = new(741200006, nameof(ModelChange));
}
