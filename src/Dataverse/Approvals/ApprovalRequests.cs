using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// How product code asks for a human review: an approval for a record that already has an open one of the
/// same type is not created twice; the open one is returned (a flow retry or a second trigger is harmless).
/// </summary>
public static class ApprovalRequests
{
    /// <param name="approval">A new hitl_approval with its type and what it is about (a regarding lookup or hitl_regardingtable/hitl_regardingid).</param>
    /// <returns>The id of the open approval for that record and type, and whether it already existed.</returns>
    public static (Guid Id, bool Reused) RequestOrReuse(IOrganizationService service, Entity approval)
    {
        var type = ApprovalType.Of(approval.GetAttributeValue<OptionSetValue>(ApprovalSchema.Type)?.Value ?? 0);
        var key = ApprovalCorrelationKey.Build(type, ApprovalRegarding.Resolve(approval, service));
        var open = ApprovalQueries.FindOpen(service, key);
        return open != null ? (open.Id, true) : (service.Create(approval), false);
    }
}
