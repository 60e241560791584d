namespace Hitl.Core.Scoring.Preview;

/// <summary>A lead whose grade differs between the active model and the draft (null: that model could not score it).</summary>
public sealed record GradeChange(Guid LeadId, LeadGrade? From, LeadGrade? To);
