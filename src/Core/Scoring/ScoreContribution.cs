namespace Hitl.Core.Scoring;

/// <summary>
/// What one rule or feature added to a lead's score: points for a points model, log-odds against the baseline for a
/// logistic model. <see cref="Label"/> describes the rule or feature from the model, never the lead's own values.
/// </summary>
public readonly record struct ScoreContribution(string Column, string Label, double Value);
