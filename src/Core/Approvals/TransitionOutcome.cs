namespace Hitl.Core.Approvals;

public enum TransitionOutcome
{
    /// <summary>The transition is allowed: write <see cref="TransitionResult.Change"/>.</summary>
    Applied,

    /// <summary>The same request was already applied (a retry); write nothing and report success.</summary>
    AlreadyApplied,

    /// <summary>The request is refused; show <see cref="TransitionResult.Message"/> to the user.</summary>
    Refused,
}
