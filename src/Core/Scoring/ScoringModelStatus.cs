namespace Hitl.Core.Scoring;

/// <summary>The life cycle of a hitl_scoringmodel row (option set hitl_scoringmodelstatus).</summary>
public enum ScoringModelStatus
{
    /// <summary>Being written or tried out; scores no lead.</summary>
    Draft = 741200000,

    /// <summary>Its author asked for activation; a model change approval is open.</summary>
    PendingApproval = 741200001,

    /// <summary>Scores leads; at most one.</summary>
    Active = 741200002,

    /// <summary>Was active and was replaced; kept as the record of how earlier leads were scored.</summary>
    Retired = 741200003,
}
