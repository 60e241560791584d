namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>
    /// A person contested an automated decision (GDPR Art. 22(3)). It must be answered within one month of the
    /// request (Art. 12(3)), whatever the configured SLA.
    /// </summary>
    public static readonly ApprovalType ContestedDecision = new(741200005, nameof(ContestedDecision), createdOn => createdOn.AddMonths(1));
}
