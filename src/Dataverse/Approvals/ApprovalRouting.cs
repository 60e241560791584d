using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// An approval assigned to the person who requested it, or to the person it is about, could never be
/// decided by its owner (segregation of duties). Such an approval is routed like an escalation: to the
/// configured escalation team, else that person's manager; with neither, the request is refused.
/// </summary>
public static class ApprovalRouting
{
    public static void EnsureIndependentOwner(Entity target, ILocalPluginContext context)
    {
        var owner = target.GetAttributeValue<EntityReference>(ApprovalSchema.Owner) ?? new EntityReference("systemuser", context.ExecutionContext.UserId);
        if (owner.LogicalName != "systemuser") return;

        var requester = target.GetAttributeValue<EntityReference>(ApprovalSchema.RequestedBy)?.Id;
        var subject = target.GetAttributeValue<EntityReference>(ApprovalSchema.SubjectUser)?.Id;
        if (owner.Id != requester && owner.Id != subject) return;

        var reviewer = EscalationTargets.For(context, new[] { owner.Id }).Resolve(Principal.User(owner.Id));
        if (reviewer.Kind == PrincipalKind.User && reviewer.Id == owner.Id)
        {
            throw new InvalidPluginExecutionException(
                "This approval would be assigned to the person who requested it or whom it is about, who may not decide it. Assign it to another reviewer, or set a manager or the hitl_ApprovalEscalationTeam variable so it can be routed.");
        }

        context.Trace("Approval owner {0} is its requester or subject; routed to {1}.", owner.Id, reviewer);
        target[ApprovalSchema.Owner] = ApprovalMapping.ToReference(reviewer);
    }
}
