using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>After an update whose validation applied a transition to a final status: the approval becomes read-only and its outcome is applied, exactly once.</summary>
public static class FinishedApprovals
{
    public static void Apply(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (!execution.SharedVariables.ContainsKey(ApprovalUpdates.TransitionApplied)) return;

        var after = ApprovalMapping.ToSnapshot(execution.GetPostImage());
        if (ApprovalStateMachine.IsOpen(after.Status)) return;

        // Finished approvals become inactive, so the app shows them read-only. A separate update: Dataverse
        // splits an update that carries statecode with other columns and would run the steps twice.
        var state = ApprovalStateMachine.RecordState(after.Status);
        context.SystemService.Update(new Entity(ApprovalSchema.Table, after.Id)
        {
            [ApprovalSchema.StateCode] = new OptionSetValue(state.StateCode),
            [ApprovalSchema.StatusCode] = new OptionSetValue(state.StatusCode),
        });
        ApprovalOutcomes.Apply(after, context);
    }
}
