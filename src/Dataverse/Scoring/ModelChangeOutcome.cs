using Hitl.Core.Approvals;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// A decided model change: approved, the model becomes the one active model (the previous one retired) and this
/// process forgets its cached model; rejected, expired or cancelled, it goes back to draft. Runs as SYSTEM in the
/// approval's transaction, so the model steps accept the status change and a failure rolls the decision back.
/// </summary>
public sealed class ModelChangeOutcome : IApprovalOutcomeHandler
{
    public ApprovalType Type => ApprovalType.ModelChange;

    public void Apply(ApprovalSnapshot approval, ILocalPluginContext context)
    {
        if (approval.Regarding is not { Table: ScoringModelSchema.Table } regarding) return;
        var service = context.SystemService;
        var model = service.Retrieve(ScoringModelSchema.Table, regarding.Id, new ColumnSet(ScoringModelSchema.Status));
        if (model.GetAttributeValue<OptionSetValue>(ScoringModelSchema.Status)?.Value != (int)ScoringModelStatus.PendingApproval)
        {
            // Requested by hand for a model that did not ask for activation: the decision is recorded, the model is left alone.
            context.Trace("Model change approval {0}: scoring model {1} is not pending approval; unchanged.", approval.Id, regarding.Id);
            return;
        }

        if (approval.Status != ApprovalStatus.Approved)
        {
            service.Update(Status(regarding.Id, ScoringModelStatus.Draft));
            return;
        }

        foreach (var active in ActiveModels(service))
        {
            service.Update(Status(active, ScoringModelStatus.Retired));
        }

        var activated = Status(regarding.Id, ScoringModelStatus.Active);
        activated[ScoringModelSchema.ActivatedOn] = approval.DecidedOn ?? context.UtcNow;
        if (approval.DecidedBy.HasValue) activated[ScoringModelSchema.ActivatedBy] = new EntityReference("systemuser", approval.DecidedBy.Value);
        service.Update(activated);
        ScoringModelCache.Shared.Forget(context.ExecutionContext.OrganizationId);
        context.Trace("Scoring model {0} activated by approval {1}.", regarding.Id, approval.Id);
    }

    private static IEnumerable<Guid> ActiveModels(IOrganizationService service)
    {
        var query = new QueryExpression(ScoringModelSchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(ScoringModelSchema.Status, ConditionOperator.Equal, (int)ScoringModelStatus.Active);
        return service.RetrieveMultiple(query).Entities.Select(e => e.Id).ToList();
    }

    private static Entity Status(Guid id, ScoringModelStatus status) =>
        new(ScoringModelSchema.Table, id) { [ScoringModelSchema.Status] = new OptionSetValue((int)status) };
}
