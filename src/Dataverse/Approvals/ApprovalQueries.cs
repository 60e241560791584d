using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Approvals;

public static class ApprovalQueries
{
    private static readonly object[] OpenStatuses = { (int)ApprovalStatus.Pending, (int)ApprovalStatus.Escalated };

    /// <summary>
    /// The open (pending or escalated) approval holding this correlation key. If several are open (data written
    /// before the rule), the oldest wins so every caller gets the same answer.
    /// </summary>
    public static OpenApproval? FindOpen(IOrganizationService service, string correlationKey)
    {
        var query = new QueryExpression(ApprovalSchema.Table) { ColumnSet = new ColumnSet(ApprovalSchema.Name), TopCount = 1 };
        query.Criteria.AddCondition(ApprovalSchema.CorrelationKey, ConditionOperator.Equal, correlationKey);
        query.Criteria.AddCondition(ApprovalSchema.Status, ConditionOperator.In, OpenStatuses);
        query.AddOrder(ApprovalSchema.CreatedOn, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(row => new OpenApproval(row.Id, row.GetAttributeValue<string>(ApprovalSchema.Name))).FirstOrDefault();
    }

    public static Entity Retrieve(IOrganizationService service, Guid approvalId) =>
        service.Retrieve(ApprovalSchema.Table, approvalId, new ColumnSet(ApprovalSchema.SnapshotColumns));
}
