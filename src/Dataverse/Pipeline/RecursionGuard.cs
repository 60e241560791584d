using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Pipeline;

/// <summary>
/// Stops a step from re-running for the same record inside its own call chain (a plug-in updating the
/// row it was triggered by). Marks live in SharedVariables, which travel with the chain's contexts.
/// </summary>
public static class RecursionGuard
{
    public static bool IsRecursive(IPluginExecutionContext context, string pluginName)
    {
        var key = $"hitl.running|{pluginName}|{context.MessageName}|{context.PrimaryEntityName}|{context.PrimaryEntityId:D}|{context.Stage}";
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            if (parent.SharedVariables != null && parent.SharedVariables.ContainsKey(key))
            {
                return true;
            }
        }

        context.SharedVariables[key] = true;
        return false;
    }
}
