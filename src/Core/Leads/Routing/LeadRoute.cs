using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Routing;

/// <summary>
/// Where a lead goes: to the owner team of its grade at once, or to a person's review with every reason that applies
/// (first reason first). The proposed team is what a reviewer approves by agreeing; null when no route is configured.
/// </summary>
public sealed record LeadRoute(LeadGrade? Grade, string? ProposedTeam, IReadOnlyList<string> ReviewReasons)
{
    public bool NeedsReview => ReviewReasons.Count > 0;

    /// <summary>The same route sent to review for one more reason (e.g. its team does not exist): nothing is routed on a guess.</summary>
    public LeadRoute WithReviewReason(string reason) => this with { ReviewReasons = ReviewReasons.Concat(new[] { reason }).ToList() };

    /// <summary>The reasons as one line for hitl_reviewreason (400 characters), cut with "…" when longer.</summary>
    public string? ReviewReasonText(int maxLength = 400)
    {
        if (!NeedsReview) return null;
        var text = string.Join("; ", ReviewReasons);
        return text.Length <= maxLength ? text : text.Substring(0, maxLength - 1) + "…";
    }
}
