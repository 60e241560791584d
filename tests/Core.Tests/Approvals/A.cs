using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

/// <summary>Named people and a pending approval with a recommendation, so each test states only what it changes.</summary>
internal static class A
{
    public static readonly Guid Requester = Guid.Parse("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Seller = Guid.Parse("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Owner = Guid.Parse("10000000-0000-0000-0000-000000000003");
    public static readonly Guid Colleague = Guid.Parse("10000000-0000-0000-0000-000000000004");
    public static readonly Guid Stranger = Guid.Parse("10000000-0000-0000-0000-000000000005");
    public static readonly Guid Manager = Guid.Parse("10000000-0000-0000-0000-000000000006");
    public static readonly Guid FinanceTeam = Guid.Parse("20000000-0000-0000-0000-000000000001");
    public static readonly Guid EscalationTeam = Guid.Parse("20000000-0000-0000-0000-000000000002");
    public static readonly Guid ApprovalId = Guid.Parse("30000000-0000-0000-0000-000000000001");

    public static readonly DateTime Created = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Now = new(2026, 3, 3, 10, 30, 0, DateTimeKind.Utc);

    public static ApprovalSnapshot Pending(ApprovalDecision? recommendation = ApprovalDecision.Approve) =>
        new(ApprovalId, ApprovalType.CommissionValidation, ApprovalStatus.Pending, Principal.User(Owner))
        {
            Recommendation = recommendation,
            RequestedBy = Requester,
            SubjectUserId = Seller,
            CreatedOn = Created,
            DueOn = Created.AddHours(48),
        };

    public static ApprovalSnapshot Decided(ApprovalDecision decision, Guid by, string? byName = "Dana Owner") =>
        Pending() with
        {
            Status = decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected,
            Decision = decision,
            DecidedBy = by,
            DecidedByName = byName,
            DecidedOn = new DateTime(2026, 3, 2, 14, 5, 0, DateTimeKind.Utc),
            Source = DecisionSource.Form,
        };

    public static DecisionRequest Approve(Guid by) => new(ApprovalDecision.Approve, by, DecisionSource.Form, Now);

    public static DecisionRequest Reject(Guid by, string? code = "DataQuality", string? reason = "Deal value is wrong in the source system.") =>
        new(ApprovalDecision.Reject, by, DecisionSource.Form, Now) { ReasonCode = code, Reason = reason };
}
