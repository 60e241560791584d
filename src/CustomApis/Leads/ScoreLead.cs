using Hitl.Core.Leads;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Leads;
using Hitl.Dataverse.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.CustomApis.Leads;

/// <summary>
/// Scores one lead (the row the API is called on) with the active model, or with a draft document to try, and says
/// whether routing would send it to a person. Writes nothing: one read of the lead as the caller, so a caller who
/// cannot see the lead cannot score it.
/// </summary>
[CustomApi("hitl_ScoreLead")]
[CustomApiRequestParameter("ModelDocument", CustomApiFieldType.String, IsOptional = true)]
[CustomApiResponseProperty("Score", CustomApiFieldType.Integer)]
[CustomApiResponseProperty("Grade", CustomApiFieldType.String)]
[CustomApiResponseProperty("Reasons", CustomApiFieldType.String)]
[CustomApiResponseProperty("RequiresReview", CustomApiFieldType.Boolean)]
[CustomApiResponseProperty("ModelVersion", CustomApiFieldType.String)]
public sealed class ScoreLead : CustomApiPlugin
{
    protected override void Execute(CustomApiRequest request)
    {
        var context = request.Context;
        var target = request.BoundTarget(LeadSchema.Table);
        var document = request.Optional<string?>("ModelDocument", null);
        var draft = string.IsNullOrWhiteSpace(document) ? null : ScoringModelDocuments.CompileOrRefuse(document, context, "ModelDocument");
        var model = draft ?? LeadScoring.ActiveModel(context).Model;

        var columns = (model?.ColumnsRead ?? Array.Empty<string>()).Concat(new[] { LeadSchema.EstimatedValue }).Distinct(StringComparer.Ordinal).ToArray();
        var lead = context.UserService.Retrieve(target.LogicalName, target.Id, new ColumnSet(columns));
        var outcome = LeadScoring.ScoreAndRoute(lead, context, draft);
        var score = outcome.Score
            ?? throw new InvalidPluginExecutionException($"The lead cannot be scored: {outcome.Route.ReviewReasonText()}. Pass a ModelDocument to try another model.");

        request.Respond("Score", score.Score);
        request.Respond("Grade", score.Grade.ToString());
        // The reasons as the lead column holds them, plus what a maker trying a model needs: the inputs the model
        // lacked and why routing would send the lead to a person.
        var reasons = JObject.Parse(ScoreReasonsJson.Write(score));
        reasons["missing"] = new JArray(score.MissingColumns);
        reasons["reviewReasons"] = new JArray(outcome.Route.ReviewReasons);
        request.Respond("Reasons", reasons.ToString(Formatting.None));
        request.Respond("RequiresReview", outcome.Route.NeedsReview);
        request.Respond("ModelVersion", score.ModelVersion);
    }
}
