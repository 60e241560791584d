namespace Hitl.Core.Approvals;

/// <summary>What the product writes on a new approval: always pending, with its key, due date, owner and name.</summary>
public sealed record PreparedApproval(string CorrelationKey, DateTime DueOn, Principal Owner, string Name)
{
    public ApprovalStatus Status => ApprovalStatus.Pending;

    /// <summary>True when the requested owner was the requester or the subject and the approval was routed away.</summary>
    public bool Rerouted { get; init; }
}
