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

    /// <summary>
    /// The approval as the service's user sees it, or null when it does not exist or they cannot read it. A query,
    /// not a Retrieve: a row beyond the user's access is simply absent instead of a fault that ends the transaction.
    /// </summary>
    public static Entity? FindVisible(IOrganizationService service, Guid approvalId)
    {
        var query = new QueryExpression(ApprovalSchema.Table) { ColumnSet = new ColumnSet(ApprovalSchema.SnapshotColumns), TopCount = 1 };
        query.Criteria.AddCondition(ApprovalSchema.Id, ConditionOperator.Equal, approvalId);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
