using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>How an approval change was asked for, read from the platform's context chain (never from the client).</summary>
public static class ApprovalContextExtensions
{
    public const string SubmitDecisionApi = "hitl_SubmitApprovalDecision";
    public const string EscalateApi = "hitl_EscalateOverdueApprovals";

    /// <summary>The nearest context of the given message up the chain, or null.</summary>
    public static IPluginExecutionContext? Ancestor(this IPluginExecutionContext context, string messageName)
    {
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            if (parent.MessageName == messageName) return parent;
        }

        return null;
    }
}
