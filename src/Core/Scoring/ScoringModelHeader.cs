namespace Hitl.Core.Scoring;

/// <summary>What every model document carries besides its rules or features.</summary>
internal sealed record ScoringModelHeader(string Name, string Version, ScoringModelKind Kind, GradeCutoffs Grades, int ReasonCount);
