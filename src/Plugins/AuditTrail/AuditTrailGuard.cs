using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.AuditTrail;

/// <summary>
/// Approvals and the automated-decision log are the audit trail of every decision (principle 2, GDPR
/// Art. 22): they are never deleted, and only HITL Sales code writes the log. Refused in PreValidation, before the
/// platform does any work.
/// </summary>
public sealed class AuditTrailGuard : PluginBase
{
    public AuditTrailGuard()
    {
        On(PipelineStage.PreValidation, "Delete", ApprovalSchema.Table, _ => throw new InvalidPluginExecutionException(
            "Approvals are kept as the record of who decided what. Cancel a pending approval instead of deleting it."));
        On(PipelineStage.PreValidation, "Delete", DecisionLogSchema.Table, _ => throw new InvalidPluginExecutionException(
            "Automated decisions are kept so they can be explained, contested and audited for bias; they cannot be deleted."));
        On(PipelineStage.PreValidation, "Create", DecisionLogSchema.Table, DecisionLogWriters.RequireProductCode);
        On(PipelineStage.PreValidation, "Update", DecisionLogSchema.Table, DecisionLogWriters.RequireProductCode);
    }
}
