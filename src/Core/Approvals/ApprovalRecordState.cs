namespace Hitl.Core.Approvals;

/// <summary>statecode/statuscode of a hitl_approval row (value tuples are not available on net462).</summary>
public sealed record ApprovalRecordState(int StateCode, int StatusCode)
{
    public static ApprovalRecordState Active { get; } = new ApprovalRecordState(0, 1);

    public static ApprovalRecordState Inactive { get; } = new ApprovalRecordState(1, 2);
}
