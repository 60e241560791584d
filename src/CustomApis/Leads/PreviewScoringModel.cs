using Hitl.Core.Approvals;
using Hitl.Core.Scoring.Preview;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.CustomApis.Leads;

/// <summary>
/// How a model (a saved row or a document) would change grades and the review load against the active model, on a
/// sample of the open leads the caller can read. Writes nothing.
/// </summary>
[CustomApi("hitl_PreviewScoringModel")]
[CustomApiRequestParameter("ModelId", CustomApiFieldType.Guid, IsOptional = true)]
[CustomApiRequestParameter("ModelDocument", CustomApiFieldType.String, IsOptional = true)]
[CustomApiRequestParameter("FetchXml", CustomApiFieldType.String, IsOptional = true)]
[CustomApiRequestParameter("SampleSize", CustomApiFieldType.Integer, IsOptional = true)]
[CustomApiResponseProperty("PreviewJson", CustomApiFieldType.String)]
[CustomApiResponseProperty("SampleSize", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("ChangedGrades", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("ActiveReviewShare", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("DraftReviewShare", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("ActiveHighValueShare", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("DraftHighValueShare", CustomApiFieldType.Decimal)]
public sealed class PreviewScoringModel : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var modelId = request.Optional<Guid?>("ModelId", null);
        var document = request.Optional<string?>("ModelDocument", null);
        if ((modelId.HasValue && modelId.Value != Guid.Empty) == !string.IsNullOrWhiteSpace(document))
        {
            throw new InvalidPluginExecutionException("Give exactly one of ModelId (a saved scoring model) or ModelDocument (a model document to try).");
        }

        var sampleSize = request.Optional("SampleSize", ScoringModelPreviews.DefaultSampleSize);
        if (sampleSize < 1 || sampleSize > ScoringModelPreviews.MaxSampleSize)
        {
            throw new InvalidPluginExecutionException($"SampleSize {sampleSize} is out of range; give 1 to {ScoringModelPreviews.MaxSampleSize} (default {ScoringModelPreviews.DefaultSampleSize}).");
        }

        var leads = OpenLeadQuery.Parse(request.Optional<string?>("FetchXml", null));
        var draft = modelId.HasValue && modelId.Value != Guid.Empty
            ? ScoringModelDocuments.CompileOrRefuse(SavedDocument(request, modelId.Value), context, "The scoring model's document")
            : ScoringModelDocuments.CompileOrRefuse(document, context, "ModelDocument");

        var preview = ScoringModelPreviews.Run(context, context.UserService, draft, leads, sampleSize);
        request.Respond("PreviewJson", ModelPreviewJson.Serialize(preview));
        request.Respond("SampleSize", preview.SampleSize);
        request.Respond("ChangedGrades", preview.ChangedGrades);
        request.Respond("ActiveReviewShare", preview.Active.ReviewShare);
        request.Respond("DraftReviewShare", preview.Draft.ReviewShare);
        request.Respond("ActiveHighValueShare", preview.Active.HighValueShare);
        request.Respond("DraftHighValueShare", preview.Draft.HighValueShare);
    }

    /// <summary>The saved model's document, read as the caller (who needs read access to scoring models).</summary>
    private static string? SavedDocument(CustomApiRequest request, Guid modelId)
    {
        var query = new QueryExpression(ScoringModelSchema.Table) { ColumnSet = new ColumnSet(ScoringModelSchema.Document), TopCount = 1 };
        query.Criteria.AddCondition(ScoringModelSchema.Id, ConditionOperator.Equal, modelId);
        var row = request.Context.UserService.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw new InvalidPluginExecutionException($"No scoring model {InputText.Quote(modelId.ToString("D"))} exists that you can read.");
        return row.GetAttributeValue<string>(ScoringModelSchema.Document);
    }
}
