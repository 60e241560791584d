using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Scoring;

namespace Hitl.Plugins.Scoring;

/// <summary>
/// Scoring models are governed rows: a document is valid when saved, a model is activated only by an approved model
/// change decided by someone other than its author, and nobody sets Active or Retired by hand.
/// </summary>
public sealed class ScoringModelGovernance : PluginBase
{
    public ScoringModelGovernance()
    {
        On(PipelineStage.PreOperation, "Create", ScoringModelSchema.Table, ScoringModelRules.PrepareNew);
        On(PipelineStage.PreOperation, "Update", ScoringModelSchema.Table, ScoringModelRules.ValidateChange);
        On(PipelineStage.PostOperation, "Update", ScoringModelSchema.Table, ScoringModelRules.RequestActivation);
    }
}
