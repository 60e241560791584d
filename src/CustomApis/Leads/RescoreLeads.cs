using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Leads;

namespace Hitl.CustomApis.Leads;

/// <summary>
/// Re-scores open leads with the active model after a model change, one batch of <see cref="LeadRescoring.BatchSize"/>
/// per call: a flow calls it again with NextToken until the token comes back empty.
/// </summary>
[CustomApi("hitl_RescoreLeads")]
[CustomApiRequestParameter("FetchXml", CustomApiFieldType.String, IsOptional = true)]
[CustomApiRequestParameter("ContinuationToken", CustomApiFieldType.String, IsOptional = true)]
[CustomApiResponseProperty("RescoredCount", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("NextToken", CustomApiFieldType.String)]
public sealed class RescoreLeads : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var (rescored, next) = LeadRescoring.RescoreBatch(request.Context, request.Optional<string?>("FetchXml", null), request.Optional<string?>("ContinuationToken", null));
        request.Respond("RescoredCount", rescored);
        request.Respond("NextToken", next);
    }
}
