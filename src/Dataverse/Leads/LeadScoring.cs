using Hitl.Core.Configuration;
using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Scoring;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// Scores a lead with the organization's active model and decides its route, reading only cached configuration:
/// the settings snapshot and the compiled model cost no call once loaded. Shared by the lead steps and the APIs.
/// </summary>
public static class LeadScoring
{
    /// <param name="lead">The lead as it will be saved (target merged with the pre-image on update).</param>
    /// <param name="model">A model to try instead of the active one (a draft); null = the active model.</param>
    public static LeadScoringOutcome ScoreAndRoute(Entity lead, ILocalPluginContext context, ScoringModel? model = null, IProfilingConsent? consent = null)
    {
        var active = model == null ? ActiveModel(context) : null;
        var scoringModel = model ?? active!.Model;
        var score = scoringModel?.Score(LeadScoringInputs.From(lead, scoringModel.ColumnsRead));
        var (allowed, _) = (consent ?? ProfilingConsent.Shipped).ForLead(lead, context);

        var request = new LeadRoutingRequest(score, lead.GetAttributeValue<Money>(LeadSchema.EstimatedValue)?.Value)
        {
            ScoringProblem = active?.Problem,
            ProfilingAllowed = allowed,
        };
        return new LeadScoringOutcome(score, LeadRouting.Decide(request, Policy(context)), active?.RowId);
    }

    /// <summary>
    /// The active model from the per-organization cache (one query and one parse per organization until it expires).
    /// An unreadable hitl_ProtectedAttributes is no model: falling back to the shipped list could let a model read a
    /// column the admin protected, so leads go to review until the setting is fixed.
    /// </summary>
    public static ActiveScoringModel ActiveModel(ILocalPluginContext context)
    {
        if (!context.Settings.TryGet(HitlSettings.ProtectedAttributes, "leads go to review", out var protectedAttributes))
        {
            return ActiveScoringModel.Unusable($"The protected attributes ({HitlSettings.ProtectedAttributes.SchemaName}) cannot be read, so no model may score; leads go to review until an administrator fixes the setting.", context.UtcNow);
        }

        return ScoringModelCache.Shared.Get(context.ExecutionContext.OrganizationId, () => context.SystemService, protectedAttributes, context.UtcNow);
    }

    /// <summary>
    /// The routing settings, failing safe: an unreadable kill switch counts as paused (everything goes to a person);
    /// the others fall back to their shipped defaults, which also route ambiguous leads to people.
    /// </summary>
    public static LeadRoutingPolicy Policy(ILocalPluginContext context)
    {
        var paused = !context.Settings.TryGet(HitlSettings.AutomationPaused, "automation counts as paused", out var setting) || setting;

        return new LeadRoutingPolicy(
            context.Settings.GetOrDefault(HitlSettings.LeadReviewBand),
            context.Settings.GetOrDefault(HitlSettings.LeadHighValueAmount),
            context.Settings.GetOrDefault(HitlSettings.LeadGradeRoutes),
            paused);
    }
}
