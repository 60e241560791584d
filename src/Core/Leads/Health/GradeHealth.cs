using Hitl.Core.Scoring;

namespace Hitl.Core.Leads.Health;

/// <summary>How the leads of one grade ended.</summary>
/// <param name="QualificationRate">Qualified ÷ (qualified + disqualified); null while none of them is closed (no evidence either way).</param>
public sealed record GradeHealth(LeadGrade Grade, int Leads, int Qualified, int Disqualified, decimal? QualificationRate);
