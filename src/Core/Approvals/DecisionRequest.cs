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

    /// <summary>The decider is the SYSTEM user: code acting as the platform, never a person who can be accountable.</summary>
    public bool DeciderIsSystem { get; init; }

    /// <summary>The decider's user account is disabled (or not a user at all).</summary>
    public bool DeciderIsDisabled { get; init; }

    /// <summary>
    /// The user who really made the call (the platform's InitiatingUserId) when it was made on behalf of the decider
    /// (impersonation); null otherwise. Segregation of duties holds for this user too.
    /// </summary>
    public Guid? OnBehalfOfCallerId { get; init; }

    /// <summary>
    /// Whether whoever reads a refusal may learn who decided the approval and when: only someone who can read the
    /// approval itself. False keeps those details out of the message.
    /// </summary>
    public bool MayKnowWhoDecided { get; init; } = true;
}
