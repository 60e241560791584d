namespace Hitl.Core.Scoring;

/// <summary>A scoring model document that cannot be used; <see cref="Faults"/> names each problem by its JSON path.</summary>
public sealed class InvalidScoringModelException : Exception
{
    public InvalidScoringModelException(IReadOnlyList<ScoringModelFault> faults)
        : base("The scoring model is invalid: " + string.Join("; ", (faults ?? throw new ArgumentNullException(nameof(faults))).Select(f => f.ToString())))
    {
        Faults = faults;
    }

    public IReadOnlyList<ScoringModelFault> Faults { get; }
}
