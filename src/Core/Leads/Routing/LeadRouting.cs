using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Routing;

/// <summary>
/// Principle 1 for leads: automation routes a lead only when it can stand behind the decision. The kill switch, no
/// consent for profiling, no valid model, missing inputs, a high-value lead, an ambiguous score or a grade without a
/// route each send the lead to a person instead, saying why.
/// </summary>
public static class LeadRouting
{
    public static LeadRoute Decide(LeadRoutingRequest request, LeadRoutingPolicy policy)
    {
        if (request == null) throw new ArgumentNullException(nameof(request));
        if (policy == null) throw new ArgumentNullException(nameof(policy));

        var reasons = new List<string>();
        if (policy.AutomationPaused) reasons.Add("Automation is paused (hitl_AutomationPaused)");
        if (!request.ProfilingAllowed) reasons.Add("No consent to automated profiling");

        var score = request.Score;
        if (score == null)
        {
            reasons.Add(request.ScoringProblem ?? "The lead could not be scored");
            return new LeadRoute(null, null, reasons);
        }

        if (score.MissingColumns.Count > 0) reasons.Add($"Missing inputs: {string.Join(", ", score.MissingColumns)}");
        if (score.Grade == LeadGrade.A) reasons.Add("Grade A");
        if (policy.HighValue.IsHighValue(request.EstimatedValue)) reasons.Add("High value");
        if (policy.ReviewBand.Contains(score.Score)) reasons.Add($"Score {score.Score} is in the review band {policy.ReviewBand.Min}–{policy.ReviewBand.Max}");

        var team = policy.Routes.TeamFor(score.Grade);
        if (team == null) reasons.Add($"No owner team is configured for grade {score.Grade} (hitl_LeadGradeRoutes)");
        return new LeadRoute(score.Grade, team, reasons);
    }
}
