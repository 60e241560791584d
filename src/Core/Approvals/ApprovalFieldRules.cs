namespace Hitl.Core.Approvals;

/// <summary>Which parts of an approval a client may set when requesting it, and which it may change afterwards.</summary>
public static class ApprovalFieldRules
{
    /// <summary>Written only by the product (create, decision, escalation, expiry); a client value is never trusted.</summary>
    public static readonly IReadOnlyCollection<ApprovalField> SetByProduct = new[]
    {
        ApprovalField.Status, ApprovalField.State, ApprovalField.DecidedBy, ApprovalField.DecidedOn, ApprovalField.Source,
        ApprovalField.CorrelationKey, ApprovalField.EscalatedOn, ApprovalField.DueOn, ApprovalField.CreatedOn,
    };

    /// <summary>
    /// What was asked and about what: fixed once the approval exists, so nobody can change who requested it, whom it
    /// concerns or what the evidence said before deciding it (segregation of duties, principle 4).
    /// </summary>
    public static readonly IReadOnlyCollection<ApprovalField> FixedOnceRequested = new[]
    {
        ApprovalField.Type, ApprovalField.RequestedBy, ApprovalField.SubjectUser, ApprovalField.Recommendation, ApprovalField.Evidence,
        ApprovalField.Confidence, ApprovalField.Regarding, ApprovalField.AutomatedDecision,
    };

    /// <summary>What the escalation API writes.</summary>
    public static readonly IReadOnlyCollection<ApprovalField> Escalation = new[]
    {
        ApprovalField.Status, ApprovalField.Owner, ApprovalField.EscalatedOn, ApprovalField.DecidedOn, ApprovalField.Source,
    };

    /// <summary>The parts of a decision; a new approval carries none of them.</summary>
    public static readonly IReadOnlyCollection<ApprovalField> DecisionParts = new[]
    {
        ApprovalField.Decision, ApprovalField.DecidedBy, ApprovalField.DecidedOn, ApprovalField.Source, ApprovalField.EscalatedOn,
        ApprovalField.ReasonCode, ApprovalField.DecisionReason,
    };

    /// <summary>
    /// A new approval starts pending and active, undecided; null when the request may go on. The product sets the
    /// other product-only parts (correlation key, due date, requested by) itself, whatever the client sent.
    /// </summary>
    /// <param name="set">The parts the client gave a value.</param>
    /// <param name="status">hitl_status as sent, if any.</param>
    /// <param name="startsActive">False when statecode/statuscode were sent for anything but active/pending.</param>
    public static string? CheckNew(IReadOnlyCollection<ApprovalField> set, ApprovalStatus? status, bool startsActive)
    {
        if (set == null) throw new ArgumentNullException(nameof(set));
        if (set.Contains(ApprovalField.CreatedOn))
        {
            return "An approval is requested when it is created: remove overriddencreatedon (its SLA, dwell time and metrics count from that moment).";
        }

        if (set.Any(DecisionParts.Contains) || (status.HasValue && status.Value != ApprovalStatus.Pending) || !startsActive)
        {
            return "A new approval starts pending and active: create it without a status, state, decision, reason or decided by/on, then decide it on the form or with hitl_SubmitApprovalDecision.";
        }

        return null;
    }

    /// <summary>Null when <paramref name="channel"/> may change these parts of an open approval; else what to remove.</summary>
    /// <param name="changed">The parts whose value the update really changes (the status is judged by the transition rules).</param>
    /// <param name="name">How the message names a part (e.g. by the columns the client sent); by default its field name.</param>
    public static string? CheckChange(IReadOnlyCollection<ApprovalField> changed, ApprovalChannel channel, Func<ApprovalField, string>? name = null)
    {
        if (changed == null) throw new ArgumentNullException(nameof(changed));
        string Names(IEnumerable<ApprovalField> fields) => string.Join(", ", fields.Select(name ?? (f => f.ToString())));

        if (channel == ApprovalChannel.EscalationApi)
        {
            var other = changed.Where(f => !Escalation.Contains(f)).ToArray();
            return other.Length == 0 ? null : $"The escalation API may only change the status, owner and escalation dates of an approval, not {Names(other)}.";
        }

        var productOnly = changed
            .Where(f => SetByProduct.Contains(f) && f != ApprovalField.Status && !(channel == ApprovalChannel.DecisionApi && f == ApprovalField.DecidedBy))
            .ToArray();
        if (productOnly.Length > 0)
        {
            return $"{Names(productOnly)} {(productOnly.Length == 1 ? "is" : "are")} set by HITL Sales when an approval is created, decided, escalated or expired; remove {(productOnly.Length == 1 ? "it" : "them")} from your update.";
        }

        var fixedParts = changed.Where(FixedOnceRequested.Contains).ToArray();
        if (fixedParts.Length > 0)
        {
            return $"{Names(fixedParts)} cannot change once an approval is requested: {(fixedParts.Length == 1 ? "it records" : "they record")} what was asked, by whom and about whom. Cancel this approval and request a new one instead.";
        }

        return null;
    }

    /// <summary>
    /// Assign (or any change of owner outside an update): only while the approval is open. A finished approval keeps
    /// the owner it was decided, cancelled or expired under; null when the reassignment may go on.
    /// </summary>
    public static string? CheckReassign(ApprovalStatus status) =>
        ApprovalStateMachine.IsOpen(status)
            ? null
            : $"This approval is already {ApprovalText.Status(status)}, so it can no longer be reassigned. If something needs another look, request a new approval.";

    /// <summary>
    /// SetState: the state follows the status (inactive once decided, cancelled or expired), so it may only be set to
    /// what the status implies; null when it may go on. A finished approval cannot be re-activated, and a pending one
    /// is withdrawn by cancelling it, not by deactivating it.
    /// </summary>
    /// <param name="statusCode">The status reason asked for; null for the state's default (-1 in SetStateRequest).</param>
    public static string? CheckStateChange(ApprovalStatus status, int stateCode, int? statusCode)
    {
        if (IsStateFollowingStatus(status, stateCode, statusCode)) return null;
        return ApprovalStateMachine.IsOpen(status)
            ? "An open approval stays active until it is decided, cancelled or expired. To withdraw it, set its status to Cancelled."
            : $"This approval is already {ApprovalText.Status(status)}, so it cannot be re-activated. If something needs another look, request a new approval.";
    }

    /// <summary>
    /// An update of the state alone, to the state the approval's status implies, is the state following the status
    /// (written after each transition): nothing to validate.
    /// </summary>
    public static bool IsStateFollowingStatus(ApprovalStatus status, int? stateCode, int? statusCode)
    {
        var state = ApprovalStateMachine.RecordState(status);
        return (stateCode ?? state.StateCode) == state.StateCode && (statusCode ?? state.StatusCode) == state.StatusCode;
    }
}
