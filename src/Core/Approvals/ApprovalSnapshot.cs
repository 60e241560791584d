namespace Hitl.Core.Approvals;

/// <summary>
/// The hitl_approval columns the rules read, as plain values. The plug-in maps the row (pre-image or
/// retrieve) to this record; names follow the agreed columns.
/// </summary>
public sealed record ApprovalSnapshot(Guid Id, ApprovalType Type, ApprovalStatus Status, Principal Owner)
{
    /// <summary>hitl_recommendation: what the automation proposed, if anything.</summary>
    public ApprovalDecision? Recommendation { get; init; }

    /// <summary>hitl_requestedby.</summary>
    public Guid? RequestedBy { get; init; }

    /// <summary>hitl_subjectuserid: the person the decision is about (e.g. the seller of a commission).</summary>
    public Guid? SubjectUserId { get; init; }

    public DateTime? CreatedOn { get; init; }

    /// <summary>hitl_dueon (UTC).</summary>
    public DateTime? DueOn { get; init; }

    /// <summary>hitl_escalatedon (UTC).</summary>
    public DateTime? EscalatedOn { get; init; }

    /// <summary>hitl_decision: set once the approval is approved or rejected.</summary>
    public ApprovalDecision? Decision { get; init; }

    /// <summary>hitl_decidedby: who decided or cancelled; empty when the system expired it.</summary>
    public Guid? DecidedBy { get; init; }

    /// <summary>Display name of hitl_decidedby (the lookup's formatted value), used in refusal messages.</summary>
    public string? DecidedByName { get; init; }

    /// <summary>hitl_decidedon (UTC): when it was decided, cancelled or expired.</summary>
    public DateTime? DecidedOn { get; init; }

    public DecisionSource? Source { get; init; }

    /// <summary>hitl_correlationkey; see <see cref="ApprovalCorrelationKey"/>.</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>hitl_reasoncode: the configured code given with the decision.</summary>
    public string? ReasonCode { get; init; }

    /// <summary>hitl_decisionreason: the written reason given with the decision.</summary>
    public string? DecisionReason { get; init; }

    /// <summary>The record the approval is about (hitl_regardingtable/hitl_regardingid).</summary>
    public Regarding? Regarding { get; init; }

    /// <summary>hitl_automateddecisionid: the logged automated decision this approval reviews, if any.</summary>
    public Guid? AutomatedDecisionId { get; init; }
}
