using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Health;

/// <summary>One scored lead as model health needs it: its grade, how it ended, and whether a reviewer agreed with the automation.</summary>
/// <param name="ReviewerAgreed">Null when no person reviewed it; true when the reviewer approved the recommendation, false when they overrode it.</param>
public sealed record ScoredLeadFact(LeadGrade Grade, LeadOutcome Outcome, bool? ReviewerAgreed = null);
