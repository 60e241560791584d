using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.RegardingTables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.CustomApis.Approvals;

/// <summary>
/// GDPR Art. 22(3): a person contests the latest automated decision about a record. Opens (or returns
/// the already open) human review with the decision's recorded inputs, model version and reasons as
/// evidence, due within one month.
/// </summary>
[CustomApi("hitl_ContestDecision")]
[CustomApiRequestParameter("Regarding", CustomApiFieldType.EntityReference)]
[CustomApiRequestParameter("Statement", CustomApiFieldType.String)]
[CustomApiResponseProperty("ApprovalId", CustomApiFieldType.Guid)]
[CustomApiResponseProperty("DueOn", CustomApiFieldType.DateTime)]
public sealed class ContestDecision : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var regarding = request.Required<EntityReference>("Regarding");
        var statement = request.Required<string>("Statement");

        if (regarding.Id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(
                "Regarding names no record: its id is empty (00000000-0000-0000-0000-000000000000). Pass the id of the record whose automated decision you contest.");
        }

        // The caller must be able to see the record they contest for (raises PrivilegeDenied otherwise). All columns:
        // whether the table has an owner, or a column naming the user it is about, shows only in the row itself.
        var record = context.UserService.Retrieve(regarding.LogicalName, regarding.Id, new ColumnSet(true));
        var subject = RegardingTable.SubjectUserOf(record);

        var service = context.SystemService;
        var result = ContestRule.Open(DecisionLog.About(service, regarding.LogicalName, regarding.Id), regarding.LogicalName, regarding.Id, statement);
        if (result.IsRefused) throw new InvalidPluginExecutionException(result.Refusal);
        var contest = result.Value!;

        var approval = new Entity(ApprovalSchema.Table)
        {
            [ApprovalSchema.Name] = contest.Name,
            [ApprovalSchema.Type] = new OptionSetValue(contest.Type.Value),
            [ApprovalSchema.RegardingTable] = contest.RegardingTable,
            [ApprovalSchema.RegardingId] = regarding.Id.ToString("D"),
            [ApprovalSchema.AutomatedDecision] = new EntityReference(DecisionLogSchema.Table, contest.AutomatedDecisionId),
            [ApprovalSchema.Evidence] = contest.EvidenceJson,
            [ApprovalSchema.Owner] = Reviewer(context, record, subject),
        };
        if (subject.HasValue) approval[ApprovalSchema.SubjectUser] = new EntityReference("systemuser", subject.Value);
        var (id, _) = ApprovalRequests.RequestOrReuse(service, approval);
        // The approval rules set the due date (one month for a contest); the answer is what they wrote.
        request.Respond("ApprovalId", id);
        request.Respond("DueOn", service.Retrieve(ApprovalSchema.Table, id, new ColumnSet(ApprovalSchema.DueOn)).GetAttributeValue<DateTime>(ApprovalSchema.DueOn));
    }

    /// <summary>
    /// The escalation team when configured, else the record's owner, else the user the record is about (the approval
    /// rules then route it to their manager, since nobody decides about themselves). A record with neither is refused.
    /// </summary>
    private static EntityReference Reviewer(ILocalPluginContext context, Entity record, Guid? subject)
    {
        var team = EscalationTargets.ConfiguredTeam(context);
        if (team.HasValue) return new EntityReference("team", team.Value);
        if (record.GetAttributeValue<EntityReference>("ownerid") is EntityReference owner) return owner;
        if (subject.HasValue) return new EntityReference("systemuser", subject.Value);
        throw new InvalidPluginExecutionException(
            "This record has no owner to review the contest. Set the hitl_ApprovalEscalationTeam environment variable to the team that reviews contests, then contest again.");
    }
}
