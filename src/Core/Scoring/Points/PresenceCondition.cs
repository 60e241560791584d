namespace Hitl.Core.Scoring.Points;

/// <summary>"present": true matches a lead with a value in the column; false matches one without.</summary>
internal sealed class PresenceCondition : PointsCondition
{
    private readonly bool _present;

    public PresenceCondition(bool present) => _present = present;

    public override bool ReadsValue => false;

    public override bool Matches(string column, object? value) => (value != null) == _present;

    public override string Describe(string column) => _present ? $"{column} is present" : $"{column} is absent";
}
