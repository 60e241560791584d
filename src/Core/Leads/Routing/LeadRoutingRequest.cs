using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Routing;

/// <summary>What routing knows about a lead: its score (null when no model could score it) and why not, its value and consent.</summary>
public sealed record LeadRoutingRequest(LeadScore? Score, decimal? EstimatedValue)
{
    /// <summary>Why no score could be computed (an invalid active model): trace- and user-safe text.</summary>
    public string? ScoringProblem { get; init; }

    /// <summary>Whether automated profiling of this person is allowed (consent); false routes to a person.</summary>
    public bool ProfilingAllowed { get; init; } = true;
}
