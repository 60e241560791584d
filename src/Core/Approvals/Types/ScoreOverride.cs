namespace Hitl.Core.Approvals;

public sealed partial class ApprovalType
{
    /// <summary>A person reviews an override of an automated score.</summary>
    public static readonly ApprovalType ScoreOverride = new(741200004, nameof(ScoreOverride));
}
