using Hitl.Core.Leads;
using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Scoring;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// PreOperation of lead Create and Update: scores the lead so score, grade, reasons, model version, scored on and
/// review state land in the same write, and routes a lead that needs no review by setting its owner in that write
/// (no Assign call). What was decided goes to PostOperation (<see cref="LeadReviewRequests"/>) through SharedVariables.
/// </summary>
public static class LeadScoringStep
{
    public static void ScoreNewLead(ILocalPluginContext context)
    {
        var target = context.ExecutionContext.GetTargetEntity();
        Score(target, target, current: null, context);
    }

    /// <summary>
    /// The step is registered with the filtering attributes of every column a model may read
    /// (<see cref="LeadColumnCatalog.Standard"/>): registrations are static, the active model is not.
    /// Here the lead is rescored only when a column the active model reads (or the estimated value routing reads)
    /// really changed. The step's own writes (owner, review state) carry none of those columns, so they never rescore.
    /// </summary>
    public static void RescoreChangedLead(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var before = execution.GetPreImage();
        var model = LeadScoring.ActiveModel(context).Model;
        var watched = (model?.ColumnsRead ?? LeadColumnCatalog.Standard.Names.ToList()).Concat(new[] { LeadSchema.EstimatedValue }).Distinct().ToList();
        var changed = LeadScoringInputs.From(target, watched.Where(target.Contains));
        var previous = LeadScoringInputs.From(before, changed.Keys);
        if (!changed.Any(c => !Equals(c.Value, previous[c.Key])))
        {
            context.Trace("Lead {0}: no column the active model reads changed; not rescored.", execution.PrimaryEntityId);
            return;
        }

        var current = before.GetAttributeValue<OptionSetValue>(LeadSchema.ReviewStatus) is OptionSetValue status ? (LeadReviewStatus?)status.Value : null;
        Score(before.Merge(target), target, current, context);
    }

    private static void Score(Entity lead, Entity target, LeadReviewStatus? current, ILocalPluginContext context)
    {
        var outcome = LeadScoring.ScoreAndRoute(lead, context);
        var route = outcome.Route;
        var action = LeadRoutingActions.For(current, route);
        Guid? teamId = null;
        if (action == LeadRoutingAction.RouteAutomatically)
        {
            teamId = LeadTeams.IdOf(route.ProposedTeam!, context);
            if (teamId == null)
            {
                route = route.WithReviewReason($"The owner team of grade {route.Grade} does not exist (hitl_LeadGradeRoutes)");
                action = LeadRoutingAction.RequestReview;
            }
        }
        else if (route.ProposedTeam != null)
        {
            teamId = LeadTeams.IdOf(route.ProposedTeam, context);
        }

        var score = outcome.Score;
        if (score != null)
        {
            target[LeadSchema.Score] = score.Score;
            target[LeadSchema.Grade] = new OptionSetValue((int)score.Grade);
            target[LeadSchema.ScoreReasons] = ScoreReasonsJson.Write(score);
            target[LeadSchema.ModelVersion] = score.ModelVersion;
        }

        target[LeadSchema.ScoredOn] = context.UtcNow;
        target[LeadSchema.ReviewStatus] = new OptionSetValue((int)LeadRoutingActions.StatusFor(action));
        target[LeadSchema.ReviewReason] = route.ReviewReasonText();
        if (action == LeadRoutingAction.RouteAutomatically) target[LeadSchema.Owner] = new EntityReference("team", teamId!.Value);

        var modelColumns = LeadScoring.ActiveModel(context).Model?.ColumnsRead ?? Array.Empty<string>();
        var read = LeadScoringInputs.From(lead, modelColumns.Concat(new[] { LeadSchema.EstimatedValue }).Distinct());
        var decision = new LeadDecision(
            action,
            score?.ModelVersion ?? "unscored",
            score?.Score,
            score?.Grade.ToString(),
            score != null ? ScoreReasonsJson.Sentences(score) : Array.Empty<string>(),
            route.ReviewReasons,
            LeadDecisionInputs.From(read),
            route.ProposedTeam,
            teamId);
        context.ExecutionContext.SharedVariables[LeadDecision.SharedVariable] = decision.ToJson();
        context.Trace("Lead {0} scored: action {1}, {2} review reason(s).", context.ExecutionContext.PrimaryEntityId, action, route.ReviewReasons.Count);
    }
}
