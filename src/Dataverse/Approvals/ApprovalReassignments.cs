using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Assign and SetState of hitl_approval. They raise their own events, not Update's, so the update validation never
/// sees them: a decided approval would otherwise change owner or become active again without a word.
/// </summary>
public static class ApprovalReassignments
{
    public static void ValidateAssign(ILocalPluginContext context) =>
        Refuse(ApprovalFieldRules.CheckReassign(StatusBefore(context)));

    public static void ValidateSetState(ILocalPluginContext context)
    {
        var input = context.ExecutionContext.InputParameters;
        var state = input.TryGetValue("State", out var s) && s is OptionSetValue stateValue ? stateValue.Value : -1;
        // Status -1 asks for the state's default status reason.
        var status = input.TryGetValue("Status", out var r) && r is OptionSetValue statusValue && statusValue.Value != -1 ? statusValue.Value : (int?)null;
        Refuse(ApprovalFieldRules.CheckStateChange(StatusBefore(context), state, status));
    }

    private static ApprovalStatus StatusBefore(ILocalPluginContext context) =>
        ApprovalMapping.ToSnapshot(context.ExecutionContext.GetPreImage()).Status;

    private static void Refuse(string? problem)
    {
        if (problem != null) throw new InvalidPluginExecutionException(problem);
    }
}
