namespace Hitl.Core.Decisions;

/// <summary>A row of hitl_automateddecision: its id (for the approval's lookup) and its content.</summary>
public sealed record LoggedAutomatedDecision(Guid Id, AutomatedDecisionRecord Record);
