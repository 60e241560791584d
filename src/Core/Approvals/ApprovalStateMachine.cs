namespace Hitl.Core.Approvals;

/// <summary>
/// The allowed status transitions. Pending → approved, rejected, escalated, cancelled, expired;
/// escalated → approved, rejected, expired. Approved, rejected, expired and cancelled are terminal.
/// </summary>
public static class ApprovalStateMachine
{
    private static readonly IReadOnlyDictionary<ApprovalStatus, ApprovalStatus[]> Allowed = new Dictionary<ApprovalStatus, ApprovalStatus[]>
    {
        [ApprovalStatus.Pending] = new[]
        {
            ApprovalStatus.Approved, ApprovalStatus.Rejected, ApprovalStatus.Escalated, ApprovalStatus.Cancelled, ApprovalStatus.Expired,
        },
        [ApprovalStatus.Escalated] = new[] { ApprovalStatus.Approved, ApprovalStatus.Rejected, ApprovalStatus.Expired },
        [ApprovalStatus.Approved] = Array.Empty<ApprovalStatus>(),
        [ApprovalStatus.Rejected] = Array.Empty<ApprovalStatus>(),
        [ApprovalStatus.Expired] = Array.Empty<ApprovalStatus>(),
        [ApprovalStatus.Cancelled] = Array.Empty<ApprovalStatus>(),
    };

    public static bool CanTransition(ApprovalStatus from, ApprovalStatus to) => Array.IndexOf(Allowed.TryGetValue(from, out var t) ? t : Array.Empty<ApprovalStatus>(), to) >= 0;

    /// <summary>Open approvals (pending or escalated) still wait for a person; one per correlation key.</summary>
    public static bool IsOpen(ApprovalStatus status) => status == ApprovalStatus.Pending || status == ApprovalStatus.Escalated;

    /// <summary>statecode/statuscode for a status: Active(0)/Active(1) while open, Inactive(1)/Inactive(2) once terminal.</summary>
    public static ApprovalRecordState RecordState(ApprovalStatus status) => IsOpen(status) ? ApprovalRecordState.Active : ApprovalRecordState.Inactive;
}
