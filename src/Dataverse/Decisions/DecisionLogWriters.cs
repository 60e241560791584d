using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Decisions;

/// <summary>
/// Who may write hitl_automateddecision: only HITL Sales code, which logs a decision (<see cref="DecisionLog"/>) and
/// records its human review through a SYSTEM service. People read the log; a row they could create or rewrite would
/// make it worthless as the record of what the automation did (GDPR Art. 22, principle 2).
/// </summary>
public static class DecisionLogWriters
{
    public static void RequireProductCode(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (SystemUser.IsCaller(context)) return;

        throw new InvalidPluginExecutionException(execution.MessageName == "Create"
            ? "Automated decisions are logged by HITL Sales when the automation decides; they cannot be created by hand. To question a decision, contest it (hitl_ContestDecision) or request an approval of it."
            : "A logged automated decision records what the automation did and cannot be edited. Its human review is recorded when an approval of it is decided; to question it, contest it or request an approval of it.");
    }
}
