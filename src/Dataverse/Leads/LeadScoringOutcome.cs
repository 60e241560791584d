using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;

namespace Hitl.Dataverse.Leads;

/// <summary>A lead's score under the active model (null when none could be computed) and where routing sends it.</summary>
public sealed record LeadScoringOutcome(LeadScore? Score, LeadRoute Route, Guid? ModelRowId);
