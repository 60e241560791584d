namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>A person decides an exception to a consent rule.</summary>
    public static readonly ApprovalType ConsentException = new(741200003, nameof(ConsentException));
}
