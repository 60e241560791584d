using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Plugins.Leads;

/// <summary>
/// On lead create or update: refuse scoring columns a user wrote; score the lead in the same write and, if it needs no
/// review, route it to its grade's team in that write; then log the decision and, if it needs review, request a review.
/// </summary>
public sealed class LeadPipeline : PluginBase
{
    public LeadPipeline()
    {
        On(PipelineStage.PreValidation, "Create", LeadSchema.Table, LeadScoringColumns.RefuseClientWrites);
        On(PipelineStage.PreValidation, "Update", LeadSchema.Table, LeadScoringColumns.RefuseClientWrites);
        On(PipelineStage.PreOperation, "Create", LeadSchema.Table, LeadScoringStep.ScoreNewLead);
        On(PipelineStage.PreOperation, "Update", LeadSchema.Table, LeadScoringStep.RescoreChangedLead);
        On(PipelineStage.PostOperation, "Create", LeadSchema.Table, LeadReviewRequests.LogAndRequestIfNeeded);
        On(PipelineStage.PostOperation, "Update", LeadSchema.Table, LeadReviewRequests.LogAndRequestIfNeeded);
    }
}
