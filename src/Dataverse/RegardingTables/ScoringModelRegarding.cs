namespace Hitl.Dataverse.RegardingTables;

public sealed partial class RegardingTable
{
    /// <summary>Scoring models: a model change approval is about one; activating a model is not an automated decision, so nothing is logged against it.</summary>
    public static readonly RegardingTable ScoringModel = new("hitl_scoringmodel", "hitl_scoringmodelid", null);
}
