using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Plugins.Approvals;

/// <summary>
/// The approval table's rules, in the pipeline: on create, make it a well-formed pending approval; on update, let
/// only a permitted person decide it once (form, flow and API alike); once it is finished, apply its outcome to what
/// it is about, in the same transaction; Assign and SetState cannot reassign or re-activate a finished one.
/// </summary>
public sealed class ApprovalLifecycle : PluginBase
{
    public ApprovalLifecycle()
    {
        On(PipelineStage.PreOperation, "Create", ApprovalSchema.Table, NewApprovals.Prepare);
        On(PipelineStage.PreOperation, "Update", ApprovalSchema.Table, ApprovalUpdates.Validate);
        On(PipelineStage.PostOperation, "Update", ApprovalSchema.Table, FinishedApprovals.Apply);
        On(PipelineStage.PreOperation, "Assign", ApprovalSchema.Table, ApprovalReassignments.ValidateAssign);
        On(PipelineStage.PreOperation, "SetState", ApprovalSchema.Table, ApprovalReassignments.ValidateSetState);
        On(PipelineStage.PreOperation, "SetStateDynamicEntity", ApprovalSchema.Table, ApprovalReassignments.ValidateSetState);
    }
}
