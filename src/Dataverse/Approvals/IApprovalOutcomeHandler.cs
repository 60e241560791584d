using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Applies a finished approval to the record it is about (lead review → route the lead, commission →
/// payable or rejected, ...). Runs in the approval's transaction: a failure rolls the decision back.
/// </summary>
public interface IApprovalOutcomeHandler
{
    void Apply(Entity approval, ApprovalStatus status, ILocalPluginContext context);
}
