namespace Hitl.Dataverse.Decisions;

/// <summary>Logical names of hitl_automateddecision, the log of every automated decision (GDPR Art. 22).</summary>
public static class DecisionLogSchema
{
    public const string Table = "hitl_automateddecision";
    public const string Id = "hitl_automateddecisionid";
    public const string Name = "hitl_name";
    public const string Type = "hitl_decisiontype";
    public const string RegardingTable = "hitl_regardingtable";
    public const string RegardingId = "hitl_regardingid";
    public const string ModelVersion = "hitl_modelversion";
    public const string Inputs = "hitl_inputs";
    public const string Outcome = "hitl_outcome";
    public const string Reasons = "hitl_reasons";
    public const string NeedsReview = "hitl_needsreview";
    public const string Approval = "hitl_approvalid";
    public const string ReviewedBy = "hitl_reviewedby";
    public const string ReviewOutcome = "hitl_reviewoutcome";
    public const string ReviewedOn = "hitl_reviewedon";
    public const string DecidedOn = "hitl_decidedon";
}
