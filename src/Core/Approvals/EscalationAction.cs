namespace Hitl.Core.Approvals;

public enum EscalationActionKind
{
    Escalate,
    Expire,
}

/// <summary>One step the escalation run applies: the approval and the columns to write.</summary>
public sealed record EscalationAction(Guid ApprovalId, EscalationActionKind Kind, ApprovalChange Change);
