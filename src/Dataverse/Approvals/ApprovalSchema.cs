namespace Hitl.Dataverse.Approvals;

/// <summary>Logical names of hitl_approval and its columns (solution/Entities/hitl_Approval).</summary>
public static class ApprovalSchema
{
    public const string Table = "hitl_approval";
    public const string Id = "hitl_approvalid";
    public const string Name = "hitl_name";
    public const string Type = "hitl_type";
    public const string Status = "hitl_status";
    public const string Lead = "hitl_leadid";
    public const string Opportunity = "hitl_opportunityid";
    public const string AutomatedDecision = "hitl_automateddecisionid";
    public const string RegardingTable = "hitl_regardingtable";
    public const string RegardingId = "hitl_regardingid";
    public const string CorrelationKey = "hitl_correlationkey";
    public const string Recommendation = "hitl_recommendation";
    public const string Evidence = "hitl_evidence";
    public const string Confidence = "hitl_confidence";
    public const string RequestedBy = "hitl_requestedby";
    public const string SubjectUser = "hitl_subjectuserid";
    public const string Owner = "ownerid";
    public const string DueOn = "hitl_dueon";
    public const string EscalatedOn = "hitl_escalatedon";
    public const string Decision = "hitl_decision";
    public const string ReasonCode = "hitl_reasoncode";
    public const string DecisionReason = "hitl_decisionreason";
    public const string DecidedBy = "hitl_decidedby";
    public const string DecidedOn = "hitl_decidedon";
    public const string Source = "hitl_source";
    public const string CreatedOn = "createdon";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Columns only the plug-ins write; a client value is never trusted.</summary>
    public static readonly string[] SystemColumns = { Status, DecidedBy, DecidedOn, Source, CorrelationKey, EscalatedOn, DueOn, StateCode, StatusCode };

    /// <summary>
    /// What was asked and about what: fixed once the approval exists, so nobody can change who requested it,
    /// whom it concerns or what the evidence said before deciding it (segregation of duties, principle 4).
    /// </summary>
    public static readonly string[] ImmutableColumns =
    {
        Type, RequestedBy, SubjectUser, Recommendation, Evidence, Confidence, Lead, Opportunity, AutomatedDecision, RegardingTable, RegardingId,
    };

    /// <summary>Columns the rules read.</summary>
    public static readonly string[] SnapshotColumns =
    {
        Name, Type, Status, Owner, Recommendation, RequestedBy, SubjectUser, CreatedOn, DueOn, EscalatedOn,
        Decision, ReasonCode, DecisionReason, DecidedBy, DecidedOn, Source, CorrelationKey, RegardingTable, RegardingId, AutomatedDecision,
    };

    /// <summary>The pre-image registered on the Update steps: everything a change is compared against.</summary>
    public static readonly string[] ImageColumns =
        SnapshotColumns.Concat(ImmutableColumns).Concat(new[] { StateCode, StatusCode }).Distinct().ToArray();
}
