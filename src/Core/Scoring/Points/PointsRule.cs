namespace Hitl.Core.Scoring.Points;

/// <summary>One compiled rule: when <see cref="Condition"/> holds for the column, the lead gets <see cref="Points"/>.</summary>
internal sealed class PointsRule
{
    public PointsRule(string column, int points, PointsCondition condition, string? label)
    {
        Column = column;
        Points = points;
        Condition = condition;
        // Built once: a matched rule's contribution is the same for every lead.
        Contribution = new ScoreContribution(column, label ?? condition.Describe(column), points);
    }

    public string Column { get; }

    public int Points { get; }

    public PointsCondition Condition { get; }

    public ScoreContribution Contribution { get; }
}
