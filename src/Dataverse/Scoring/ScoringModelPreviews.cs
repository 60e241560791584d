using Hitl.Core.Scoring;
using Hitl.Core.Scoring.Preview;
using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// A draft model against the active one on a sample of open leads (hitl_PreviewScoringModel, and the evidence of a model
/// change approval). Reads only the columns either model needs, in pages of up to 5,000.
/// </summary>
public static class ScoringModelPreviews
{
    /// <summary>Leads sampled when the caller names no size.</summary>
    public const int DefaultSampleSize = 5000;

    /// <summary>Largest sample: five pages of 5,000, which read and score well within the 2-minute limit of a plug-in.</summary>
    public const int MaxSampleSize = 25000;

    /// <summary>Runs the preview; <paramref name="service"/> decides whose leads are sampled (the caller's for the API).</summary>
    public static ModelPreviewResult Run(ILocalPluginContext context, IOrganizationService service, ScoringModel draft, OpenLeadQuery leads, int sampleSize)
    {
        if (sampleSize < 1 || sampleSize > MaxSampleSize) throw new ArgumentOutOfRangeException(nameof(sampleSize));
        var active = LeadScoring.ActiveModel(context);
        var columns = draft.ColumnsRead.Concat(active.Model?.ColumnsRead ?? Enumerable.Empty<string>()).Concat(new[] { LeadSchema.EstimatedValue }).Distinct(StringComparer.Ordinal).ToList();

        var sample = new List<PreviewLead>(Math.Min(sampleSize, OpenLeadQuery.MaxPageSize));
        string? cookie = null;
        for (var page = 1; sample.Count < sampleSize; page++)
        {
            var rows = leads.Page(service, columns, Math.Min(OpenLeadQuery.MaxPageSize, sampleSize - sample.Count), page, cookie);
            sample.AddRange(rows.Entities.Select(row => new PreviewLead(row.Id, LeadScoringInputs.From(row, columns), row.GetAttributeValue<Money>(LeadSchema.EstimatedValue)?.Value)));
            if (!rows.MoreRecords) break;
            cookie = rows.PagingCookie;
        }

        context.Trace("Model preview: {0} open lead(s) sampled.", sample.Count);
        return ModelPreview.Compare(sample, active.Model, active.Problem, draft, LeadScoring.Policy(context));
    }
}
