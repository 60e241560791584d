using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Applies a finished approval of one type to the record it is about (lead review → route the lead, commission →
/// payable or rejected, ...). Runs in the approval's transaction: a failure rolls the decision back. A capability adds
/// one by adding a class (public, parameterless constructor, stateless: one instance serves every call) to
/// Hitl.Dataverse; <see cref="ApprovalOutcomeHandlers"/> finds it.
/// </summary>
public interface IApprovalOutcomeHandler
{
    /// <summary>The approval type this handler finishes; one handler per type.</summary>
    ApprovalType Type { get; }

    /// <param name="approval">The approval as it is after the transition (approved, rejected, cancelled or expired).</param>
    void Apply(ApprovalSnapshot approval, ILocalPluginContext context);
}
