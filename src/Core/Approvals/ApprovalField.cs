namespace Hitl.Core.Approvals;

/// <summary>The parts of an approval a client may try to set, as the rules see them (the Dataverse layer maps columns to these).</summary>
public enum ApprovalField
{
    Name,
    Type,
    Status,

    /// <summary>statecode/statuscode: active while open, inactive once finished.</summary>
    State,

    /// <summary>What the approval is about: the regarding lookups and hitl_regardingtable/hitl_regardingid.</summary>
    Regarding,
    AutomatedDecision,
    CorrelationKey,
    Recommendation,
    Evidence,
    Confidence,
    RequestedBy,
    SubjectUser,
    Owner,
    DueOn,
    EscalatedOn,
    Decision,
    ReasonCode,
    DecisionReason,
    DecidedBy,
    DecidedOn,
    Source,

    /// <summary>overriddencreatedon: backdating the request would hide it from the metrics' windows and dwell times.</summary>
    CreatedOn,
}
