using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalStateMachineTests
{
    public static TheoryData<ApprovalStatus, ApprovalStatus, bool> AllPairs()
    {
        var allowed = new HashSet<(ApprovalStatus, ApprovalStatus)>
        {
            (ApprovalStatus.Pending, ApprovalStatus.Approved),
            (ApprovalStatus.Pending, ApprovalStatus.Rejected),
            (ApprovalStatus.Pending, ApprovalStatus.Escalated),
            (ApprovalStatus.Pending, ApprovalStatus.Cancelled),
            (ApprovalStatus.Pending, ApprovalStatus.Expired),
            (ApprovalStatus.Escalated, ApprovalStatus.Approved),
            (ApprovalStatus.Escalated, ApprovalStatus.Rejected),
            (ApprovalStatus.Escalated, ApprovalStatus.Expired),
        };
        var data = new TheoryData<ApprovalStatus, ApprovalStatus, bool>();
        foreach (var from in Enum.GetValues<ApprovalStatus>())
        foreach (var to in Enum.GetValues<ApprovalStatus>())
            data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_transition_is_allowed_or_refused_as_specified(ApprovalStatus from, ApprovalStatus to, bool expected)
    {
        Assert.Equal(expected, ApprovalStateMachine.CanTransition(from, to));
    }

    [Theory]
    [InlineData(ApprovalStatus.Pending, true)]
    [InlineData(ApprovalStatus.Escalated, true)]
    [InlineData(ApprovalStatus.Approved, false)]
    [InlineData(ApprovalStatus.Rejected, false)]
    [InlineData(ApprovalStatus.Expired, false)]
    [InlineData(ApprovalStatus.Cancelled, false)]
    public void Open_statuses_are_active_rows_and_the_rest_inactive(ApprovalStatus status, bool open)
    {
        Assert.Equal(open, ApprovalStateMachine.IsOpen(status));
        Assert.Equal(open ? new ApprovalRecordState(0, 1) : new ApprovalRecordState(1, 2), ApprovalStateMachine.RecordState(status));
        Assert.Equal(!open, Enum.GetValues<ApprovalStatus>().All(to => !ApprovalStateMachine.CanTransition(status, to)));
    }
}
