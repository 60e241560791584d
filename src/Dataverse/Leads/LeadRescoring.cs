using System.Security.Cryptography;
using System.Text;
using Hitl.Core.Approvals;
using Hitl.Core.Leads;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Scoring;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// Re-scores open leads with the active model one batch at a time (hitl_RescoreLeads), so a scheduled or manual flow
/// can finish any volume by calling again with the returned token. Each lead gets one Update of its scoring columns
/// only, as SYSTEM: the product's own write, which the lead steps accept (<see cref="LeadScoringColumns"/>) and which
/// changes no column a model reads, so it neither rescores again nor reroutes the lead (its owner and review stay).
/// </summary>
public static class LeadRescoring
{
    /// <summary>
    /// Leads per call. Each is one Update that runs the lead steps (typically under 100 ms), so a batch stays far inside
    /// the 2-minute limit of a plug-in even on a busy organization, and one read page covers it.
    /// </summary>
    public const int BatchSize = 250;

    /// <returns>How many leads were rescored, and the token of the next batch (empty when done).</returns>
    public static (int Rescored, string NextToken) RescoreBatch(ILocalPluginContext context, string? fetchXml, string? continuationToken)
    {
        var leads = OpenLeadQuery.Parse(fetchXml);
        var (page, cookie) = RescoreToken.Read(continuationToken, fetchXml);
        var active = LeadScoring.ActiveModel(context);
        var model = active.Model ?? throw new InvalidPluginExecutionException($"Leads cannot be rescored: {active.Problem}");

        var service = context.SystemService;
        var rows = leads.Page(service, model.ColumnsRead, BatchSize, page, cookie);
        var scoredOn = context.UtcNow;
        foreach (var lead in rows.Entities)
        {
            var score = model.Score(LeadScoringInputs.From(lead, model.ColumnsRead));
            service.Update(ScoringColumns(lead.Id, score, scoredOn));
        }

        context.Trace("Rescored {0} lead(s) with model version {1}.", rows.Entities.Count, model.Version);
        var next = rows.MoreRecords ? RescoreToken.Write(page + 1, rows.PagingCookie, fetchXml) : string.Empty;
        return (rows.Entities.Count, next);
    }

    private static Entity ScoringColumns(Guid leadId, LeadScore score, DateTime scoredOn) => new(LeadSchema.Table, leadId)
    {
        [LeadSchema.Score] = score.Score,
        [LeadSchema.Grade] = new OptionSetValue((int)score.Grade),
        [LeadSchema.ScoreReasons] = ScoreReasonsJson.Write(score),
        [LeadSchema.ModelVersion] = score.ModelVersion,
        [LeadSchema.ScoredOn] = scoredOn,
    };

    /// <summary>
    /// The continuation token: version, page, paging cookie and a fingerprint of the filter, base64. A token belongs to
    /// its filter: one sent with another filter is refused rather than skipping or repeating leads.
    /// </summary>
    private static class RescoreToken
    {
        private const string Version = "r1";

        public static string Write(int page, string? cookie, string? fetchXml) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join("\n", Version, page.ToString(System.Globalization.CultureInfo.InvariantCulture), Fingerprint(fetchXml), cookie ?? string.Empty)));

        public static (int Page, string? Cookie) Read(string? token, string? fetchXml)
        {
            if (string.IsNullOrWhiteSpace(token)) return (1, null);
            string[] parts;
            try
            {
                parts = Encoding.UTF8.GetString(Convert.FromBase64String(token!.Trim())).Split(new[] { '\n' }, 4);
            }
            catch (FormatException)
            {
                parts = Array.Empty<string>();
            }

            if (parts.Length != 4 || parts[0] != Version || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) || page < 2)
            {
                throw new InvalidPluginExecutionException($"ContinuationToken {InputText.Quote(token)} is not a token of hitl_RescoreLeads; pass the NextToken of the previous call, or nothing to start over.");
            }

            if (parts[2] != Fingerprint(fetchXml))
            {
                throw new InvalidPluginExecutionException("ContinuationToken belongs to another FetchXml filter; pass the same filter as in the call that returned it, or no token to start over.");
            }

            return (page, parts[3].Length == 0 ? null : parts[3]);
        }

        private static string Fingerprint(string? fetchXml)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(fetchXml?.Trim() ?? string.Empty));
            return BitConverter.ToString(hash, 0, 8).Replace("-", string.Empty);
        }
    }
}
