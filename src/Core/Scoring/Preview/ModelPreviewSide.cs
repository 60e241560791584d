namespace Hitl.Core.Scoring.Preview;

/// <summary>
/// What one model does to the sample: leads per grade, leads it cannot score (an invalid active model), and the review
/// and high-value load under the routing settings. Shares are of the whole sample, rounded to 4 decimals; 0 for an empty one.
/// </summary>
public sealed record ModelPreviewSide(
    string? ModelVersion,
    IReadOnlyDictionary<LeadGrade, int> Grades,
    int Unscored,
    int Review,
    decimal ReviewShare,
    int HighValue,
    decimal HighValueShare);
