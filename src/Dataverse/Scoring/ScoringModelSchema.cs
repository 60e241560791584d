namespace Hitl.Dataverse.Scoring;

/// <summary>Logical names of hitl_scoringmodel (solution/Entities/hitl_ScoringModel): the governed scoring models.</summary>
public static class ScoringModelSchema
{
    public const string Table = "hitl_scoringmodel";
    public const string Id = "hitl_scoringmodelid";
    public const string Name = "hitl_name";
    public const string Version = "hitl_version";
    public const string Document = "hitl_document";
    public const string Status = "hitl_status";
    public const string Author = "hitl_authorid";
    public const string ActivatedBy = "hitl_activatedby";
    public const string ActivatedOn = "hitl_activatedon";
    public const string Notes = "hitl_notes";
}
