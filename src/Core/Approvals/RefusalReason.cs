namespace Hitl.Core.Approvals;

/// <summary>Why a request was refused; stable for callers and tests, the message is for people.</summary>
public enum RefusalReason
{
    None,
    UnknownDecision,
    UnknownDecider,
    AlreadyDecided,
    NoLongerOpen,
    RequesterCannotDecide,
    SubjectCannotDecide,
    NotAnApprover,
    ReasonCodeRequired,
    ReasonCodeUnknown,
    ReasonTextRequired,
    ReasonTooLong,
    NotAllowedToCancel,
    TransitionNotAllowed,

    /// <summary>SYSTEM or a disabled user named as the decider: a decision needs an accountable person.</summary>
    DeciderNotAPerson,
}
