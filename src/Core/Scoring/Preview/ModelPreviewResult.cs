namespace Hitl.Core.Scoring.Preview;

/// <summary>The draft against the active model on one sample, with the first <see cref="ModelPreview.MaxListedChanges"/> grade changes.</summary>
public sealed record ModelPreviewResult(int SampleSize, ModelPreviewSide Active, ModelPreviewSide Draft, int ChangedGrades, IReadOnlyList<GradeChange> Changes)
{
    /// <summary>True when more leads changed grade than <see cref="Changes"/> lists.</summary>
    public bool ChangesTruncated => ChangedGrades > Changes.Count;
}
