namespace Hitl.Dataverse.Leads;

/// <summary>Logical names of the lead columns the product reads and writes (standard ones and the hitl_ scoring columns of solution/Entities/Lead).</summary>
public static class LeadSchema
{
    public const string Table = "lead";
    public const string Id = "leadid";
    public const string Owner = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Est. Value: what makes a lead high value.</summary>
    public const string EstimatedValue = "estimatedamount";

    public const string Score = "hitl_score";
    public const string Grade = "hitl_grade";
    public const string ScoreReasons = "hitl_scorereasons";
    public const string ModelVersion = "hitl_scoremodelversion";
    public const string ScoredOn = "hitl_scoredon";
    public const string ReviewStatus = "hitl_reviewstatus";
    public const string ReviewReason = "hitl_reviewreason";

    /// <summary>Written only by the scoring step: a client value is refused.</summary>
    public static readonly string[] ScoringColumns = { Score, Grade, ScoreReasons, ModelVersion, ScoredOn, ReviewStatus, ReviewReason };
}
