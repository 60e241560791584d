namespace Hitl.Core.Scoring;

/// <summary>The document's "kind".</summary>
public enum ScoringModelKind
{
    /// <summary>Base points plus the points of every matching rule, clamped to 0–100.</summary>
    Points,

    /// <summary>round(100 · sigmoid(intercept + Σ feature contributions)).</summary>
    Logistic,
}
