namespace Hitl.Core.Approvals;

/// <summary>
/// Someone asks to approve or reject. DeciderId, team ids and the role flag come from the platform
/// (the calling or verified responding user), never from client-supplied columns.
/// </summary>
public sealed record DecisionRequest(
    ApprovalDecision Decision,
    Guid DeciderId,
    DecisionSource Source,
    DateTime Now)
{
    /// <summary>hitl_reasoncode: one of the configured reason codes.</summary>
    public string? ReasonCode { get; init; }

    /// <summary>hitl_decisionreason: free text.</summary>
    public string? Reason { get; init; }

    /// <summary>Teams the decider is a member of (teammembership).</summary>
    public IReadOnlyCollection<Guid> DeciderTeamIds { get; init; } = Array.Empty<Guid>();

    /// <summary>Whether the decider holds the HITL Approver security role (directly or through a team).</summary>
    public bool DeciderIsApprover { get; init; }
}
