namespace Hitl.Core.Scoring;

/// <summary>One fault in a scoring model document: where (a JSON path such as $.rules[2].column) and what to fix.</summary>
public sealed record ScoringModelFault(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
