namespace Hitl.Core.Approvals;

/// <summary>Who is changing an approval, as the platform (never the client) tells it.</summary>
public enum ApprovalChannel
{
    /// <summary>A form save or any other update by a user or integration.</summary>
    Client,

    /// <summary>hitl_SubmitApprovalDecision deciding this approval: it names the responder as decider.</summary>
    DecisionApi,

    /// <summary>hitl_EscalateOverdueApprovals: it escalates, reassigns and expires, and nothing else.</summary>
    EscalationApi,
}
