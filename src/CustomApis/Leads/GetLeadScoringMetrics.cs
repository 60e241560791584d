using Hitl.Core.Leads.Health;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Leads;

/// <summary>
/// Model health for the scored leads created in [From, To): per grade, leads, qualified, disqualified and the
/// qualification rate (is A really better than B?); for reviewed leads, conversion when the reviewer agreed with the
/// automation vs overrode it (does review add value?).
/// </summary>
[CustomApi("hitl_GetLeadScoringMetrics")]
[CustomApiRequestParameter("From", CustomApiFieldType.DateTime)]
[CustomApiRequestParameter("To", CustomApiFieldType.DateTime)]
[CustomApiResponseProperty("MetricsJson", CustomApiFieldType.String)]
[CustomApiResponseProperty("Leads", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("Reviewed", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("AgreedConversion", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("OverrodeConversion", CustomApiFieldType.Decimal)]
[CustomApiResponseProperty("GradesRankInOrder", CustomApiFieldType.Boolean)]
public sealed class GetLeadScoringMetrics : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var (from, to) = ReportingWindow.Read(request);
        OversightRoles.Require(context, "Lead scoring metrics cover every lead and every reviewer's decisions, so they are");

        var facts = LeadScoringFacts.Read(context.SystemService, from, to);
        var health = LeadScoringHealth.Compute(facts);
        request.Respond("MetricsJson", LeadScoringHealthJson.Serialize(health, from, to));
        request.Respond("Leads", facts.Count);
        request.Respond("Reviewed", health.Review.Agreed + health.Review.Overrode);
        request.Respond("AgreedConversion", Math.Round(health.Review.AgreedConversion ?? 0m, 4, MidpointRounding.AwayFromZero));
        request.Respond("OverrodeConversion", Math.Round(health.Review.OverrodeConversion ?? 0m, 4, MidpointRounding.AwayFromZero));
        request.Respond("GradesRankInOrder", health.GradesRankInOrder);
    }
}
