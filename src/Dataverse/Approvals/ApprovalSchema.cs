using Hitl.Core.Approvals;
using Hitl.Dataverse.RegardingTables;

namespace Hitl.Dataverse.Approvals;

/// <summary>Logical names of hitl_approval and its columns (solution/Entities/hitl_Approval), and the part of an approval each one is.</summary>
public static class ApprovalSchema
{
    public const string Table = "hitl_approval";
    public const string Id = "hitl_approvalid";
    public const string Name = "hitl_name";
    public const string Type = "hitl_type";
    public const string Status = "hitl_status";

    /// <summary>The automated decision the approval reviews (also a regarding lookup: <see cref="RegardingTable.AutomatedDecision"/>).</summary>
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

    /// <summary>Lead reviews: the user a rejected lead is assigned to instead of the proposed team (read by the lead review outcome).</summary>
    public const string AssignTo = "hitl_assigntoid";
    public const string Source = "hitl_source";
    public const string CreatedOn = "createdon";
    public const string OverriddenCreatedOn = "overriddencreatedon";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Which part of an approval each column a client may send is (the rules in Core judge parts, not columns).</summary>
    public static IReadOnlyDictionary<string, ApprovalField> Fields { get; } = BuildFields();

    /// <summary>Columns the rules read.</summary>
    public static readonly string[] SnapshotColumns =
    {
        Name, Type, Status, Owner, Recommendation, RequestedBy, SubjectUser, CreatedOn, DueOn, EscalatedOn,
        Decision, ReasonCode, DecisionReason, DecidedBy, DecidedOn, Source, CorrelationKey, RegardingTable, RegardingId, AutomatedDecision,
    };

    /// <summary>The pre-image registered on the Update steps: everything a change is compared against.</summary>
    public static string[] ImageColumns => SnapshotColumns
        .Concat(Fields.Where(f => ApprovalFieldRules.FixedOnceRequested.Contains(f.Value) || f.Value == ApprovalField.State).Select(f => f.Key))
        .Distinct()
        .ToArray();

    /// <summary>The parts of an approval these columns are.</summary>
    public static IReadOnlyCollection<ApprovalField> FieldsOf(IEnumerable<string> columns) =>
        columns.Where(Fields.ContainsKey).Select(c => Fields[c]).Distinct().ToList();

    private static IReadOnlyDictionary<string, ApprovalField> BuildFields()
    {
        var fields = new Dictionary<string, ApprovalField>(StringComparer.Ordinal)
        {
            [Name] = ApprovalField.Name,
            [Type] = ApprovalField.Type,
            [Status] = ApprovalField.Status,
            [StateCode] = ApprovalField.State,
            [StatusCode] = ApprovalField.State,
            [RegardingTable] = ApprovalField.Regarding,
            [RegardingId] = ApprovalField.Regarding,
            [CorrelationKey] = ApprovalField.CorrelationKey,
            [Recommendation] = ApprovalField.Recommendation,
            [Evidence] = ApprovalField.Evidence,
            [Confidence] = ApprovalField.Confidence,
            [RequestedBy] = ApprovalField.RequestedBy,
            [SubjectUser] = ApprovalField.SubjectUser,
            [Owner] = ApprovalField.Owner,
            [DueOn] = ApprovalField.DueOn,
            [EscalatedOn] = ApprovalField.EscalatedOn,
            [Decision] = ApprovalField.Decision,
            [ReasonCode] = ApprovalField.ReasonCode,
            [DecisionReason] = ApprovalField.DecisionReason,
            [DecidedBy] = ApprovalField.DecidedBy,
            [DecidedOn] = ApprovalField.DecidedOn,
            [Source] = ApprovalField.Source,
            [OverriddenCreatedOn] = ApprovalField.CreatedOn,
        };
        foreach (var table in RegardingTables.RegardingTable.All) fields[table.ApprovalLookup] = ApprovalField.Regarding;
        fields[AutomatedDecision] = ApprovalField.AutomatedDecision;
        return fields;
    }
}
