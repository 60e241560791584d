using Hitl.Core.Scoring;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// The model leads are scored with in one organization: the active hitl_scoringmodel row, else the built-in default.
/// An active row whose document does not validate is kept as <see cref="Problem"/> so scoring fails safe (every lead
/// goes to review saying why) instead of silently falling back to another model.
/// </summary>
public sealed class ActiveScoringModel
{
    private ActiveScoringModel(ScoringModel? model, Guid? rowId, string? problem, DateTime expiresOn)
    {
        Model = model;
        RowId = rowId;
        Problem = problem;
        ExpiresOn = expiresOn;
    }

    /// <summary>The compiled model; null when the active row is invalid.</summary>
    public ScoringModel? Model { get; }

    /// <summary>The active hitl_scoringmodel row; null when the built-in default applies.</summary>
    public Guid? RowId { get; }

    /// <summary>Why no model can score (trace- and user-safe: JSON paths and counts, no values).</summary>
    public string? Problem { get; }

    public DateTime ExpiresOn { get; }

    /// <summary>No model may score until something is fixed (never cached: the fix applies at once).</summary>
    public static ActiveScoringModel Unusable(string problem, DateTime now) => new(null, null, problem, now);

    public static ActiveScoringModel BuiltIn(DateTime expiresOn) => new(DefaultScoringModel.Model, null, null, expiresOn);

    public static ActiveScoringModel FromRow(Guid rowId, ScoringModelReadResult read, DateTime expiresOn) =>
        read.IsValid
            ? new(read.Model, rowId, null, expiresOn)
            : new(null, rowId, $"The active scoring model ({rowId:D}) is not valid ({read.Faults.Count} fault(s), first at {read.Faults[0].Path}); leads go to review until an administrator fixes or replaces it.", expiresOn);
}
