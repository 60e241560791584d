using Hitl.Core.Approvals;
using Hitl.Core.Scoring;
using Hitl.Core.Scoring.Preview;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// The scoring model table's rules in the pipeline: a document is validated when saved; a new model is a draft by its
/// author; status, author and activation columns change only as <see cref="ScoringModelTransitions"/> allows; asking
/// for activation requests a model change approval with the preview against the active model as evidence.
/// </summary>
public static class ScoringModelRules
{
    private static readonly string[] SystemColumns = { ScoringModelSchema.ActivatedBy, ScoringModelSchema.ActivatedOn };

    /// <summary>PreOperation Create.</summary>
    public static void PrepareNew(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var status = StatusOf(target) ?? ScoringModelStatus.Draft;
        if (status != ScoringModelStatus.Draft) throw new InvalidPluginExecutionException("A new scoring model starts as a draft; set its status to Pending approval afterwards to ask for activation.");
        if (SystemColumns.Any(target.Contains)) throw new InvalidPluginExecutionException("Activated By and Activated On are set by HITL Sales when an approved model change activates the model.");

        var author = target.GetAttributeValue<EntityReference>(ScoringModelSchema.Author);
        if (author != null && author.Id != execution.InitiatingUserId)
        {
            throw new InvalidPluginExecutionException("The author of a new scoring model is the user who creates it; leave Author empty.");
        }

        ScoringModelDocuments.CompileOrRefuse(target.GetAttributeValue<string>(ScoringModelSchema.Document), context, "The model document");
        target[ScoringModelSchema.Status] = new OptionSetValue((int)ScoringModelStatus.Draft);
        target[ScoringModelSchema.Author] = new EntityReference("systemuser", execution.InitiatingUserId);
    }

    /// <summary>PreOperation Update (pre-image: status, document, author).</summary>
    public static void ValidateChange(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var before = execution.GetPreImage();
        var from = StatusOf(before) ?? ScoringModelStatus.Draft;
        var to = StatusOf(target) ?? from;
        var byProduct = IsProduct(context);

        if (!byProduct && (target.Contains(ScoringModelSchema.Author) || SystemColumns.Any(target.Contains)))
        {
            throw new InvalidPluginExecutionException("Author, Activated By and Activated On are set by HITL Sales.");
        }

        var refusal = ScoringModelTransitions.Refusal(from, to, byProduct);
        if (refusal != null) throw new InvalidPluginExecutionException(refusal);

        if ((target.Contains(ScoringModelSchema.Document) || target.Contains(ScoringModelSchema.Version)) && !ScoringModelTransitions.DocumentEditable(from))
        {
            throw new InvalidPluginExecutionException($"The document and version of a model that is {from} are fixed: what was approved is what scores. Write a new draft instead.");
        }

        if (target.Contains(ScoringModelSchema.Document) || to == ScoringModelStatus.PendingApproval)
        {
            ScoringModelDocuments.CompileOrRefuse(before.Merge(target).GetAttributeValue<string>(ScoringModelSchema.Document), context, "The model document");
        }
    }

    /// <summary>PostOperation Update of hitl_status: a model that just became Pending approval gets its model change approval.</summary>
    public static void RequestActivation(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        if (StatusOf(target) != ScoringModelStatus.PendingApproval || StatusOf(execution.GetPreImage()) == ScoringModelStatus.PendingApproval) return;

        var model = execution.GetPreImage().Merge(target);
        var draft = ScoringModelDocuments.CompileOrRefuse(model.GetAttributeValue<string>(ScoringModelSchema.Document), context, "The model document");
        var preview = ScoringModelPreviews.Run(context, context.SystemService, draft, OpenLeadQuery.Parse(null), ScoringModelPreviews.DefaultSampleSize);
        var author = model.GetAttributeValue<EntityReference>(ScoringModelSchema.Author);

        var approval = new Entity(ApprovalSchema.Table)
        {
            [ApprovalSchema.Type] = new OptionSetValue(ApprovalType.ModelChange.Value),
            [RegardingTables.RegardingTable.ScoringModel.ApprovalLookup] = new EntityReference(ScoringModelSchema.Table, target.Id),
            [ApprovalSchema.Evidence] = ModelPreviewJson.Serialize(preview),
            // The author may not decide their own model: as subject they are refused, and as owner the lifecycle routes it on.
            [ApprovalSchema.SubjectUser] = author,
            [ApprovalSchema.Owner] = author,
        };
        var (id, reused) = ApprovalRequests.RequestOrReuse(context.SystemService, approval);
        context.Trace("Model change approval {0} {1} for scoring model {2}.", id, reused ? "reused" : "requested", target.Id);
    }

    /// <summary>Writes made by HITL Sales itself run as SYSTEM (the model change outcome); no client can.</summary>
    private static bool IsProduct(ILocalPluginContext context) => SystemUser.IsCaller(context);

    private static ScoringModelStatus? StatusOf(Entity row) =>
        row.GetAttributeValue<OptionSetValue>(ScoringModelSchema.Status) is { } status ? (ScoringModelStatus)status.Value : null;
}
