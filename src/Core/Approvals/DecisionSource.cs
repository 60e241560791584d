namespace Hitl.Core.Approvals;

/// <summary>Global option set hitl_decisionsource: where a decision or transition came from.</summary>
public enum DecisionSource
{
    Form = 741200000,
    Flow = 741200001,
    Api = 741200002,

    /// <summary>Set by the system itself (expiry, cancellation by automation), never by a person.</summary>
    Automation = 741200003,
}
