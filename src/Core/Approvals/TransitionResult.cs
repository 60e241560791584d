namespace Hitl.Core.Approvals;

/// <summary>The answer to a decision, cancellation, escalation or expiry request.</summary>
public sealed class TransitionResult
{
    private TransitionResult(TransitionOutcome outcome, ApprovalStatus status, ApprovalChange? change, RefusalReason refusal, string? message)
    {
        Outcome = outcome;
        Status = status;
        Change = change;
        Refusal = refusal;
        Message = message;
    }

    public TransitionOutcome Outcome { get; }

    /// <summary>The approval's status after the request (unchanged when refused or already applied).</summary>
    public ApprovalStatus Status { get; }

    /// <summary>The columns to write; only set when <see cref="Outcome"/> is Applied.</summary>
    public ApprovalChange? Change { get; }

    public RefusalReason Refusal { get; }

    /// <summary>A message a Dynamics user can act on; only set when refused.</summary>
    public string? Message { get; }

    public bool IsApplied => Outcome == TransitionOutcome.Applied;


    public bool IsRefused => Outcome == TransitionOutcome.Refused;

    public static TransitionResult Applied(ApprovalChange change) =>
        new TransitionResult(TransitionOutcome.Applied, change?.NewStatus ?? throw new ArgumentNullException(nameof(change)), change, RefusalReason.None, null);

    public static TransitionResult AlreadyApplied(ApprovalStatus status) =>
        new TransitionResult(TransitionOutcome.AlreadyApplied, status, null, RefusalReason.None, null);

    public static TransitionResult Refused(ApprovalStatus status, RefusalReason reason, string message) =>
        new TransitionResult(TransitionOutcome.Refused, status, null, reason, message);

    public override string ToString() => Outcome == TransitionOutcome.Refused ? $"Refused ({Refusal}): {Message}" : $"{Outcome}: {Status}";
}
