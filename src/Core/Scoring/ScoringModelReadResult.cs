namespace Hitl.Core.Scoring;

/// <summary>The compiled model, or every fault found in the document. Never both.</summary>
public sealed class ScoringModelReadResult
{
    internal ScoringModelReadResult(ScoringModel? model, IReadOnlyList<ScoringModelFault> faults)
    {
        Model = faults.Count == 0 ? model : null;
        Faults = faults;
    }

    public ScoringModel? Model { get; }

    /// <summary>In document order of discovery; empty when the model is valid.</summary>
    public IReadOnlyList<ScoringModelFault> Faults { get; }

    public bool IsValid => Model != null;

    /// <summary>The model, or an <see cref="InvalidScoringModelException"/> listing every fault.</summary>
    public ScoringModel ModelOrThrow() => Model ?? throw new InvalidScoringModelException(Faults);
}
