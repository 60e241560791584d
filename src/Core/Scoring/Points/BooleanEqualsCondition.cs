namespace Hitl.Core.Scoring.Points;

/// <summary>"equals": true or false on a yes/no column; a lead without a value matches neither.</summary>
internal sealed class BooleanEqualsCondition : PointsCondition
{
    private readonly bool _expected;

    public BooleanEqualsCondition(bool expected) => _expected = expected;

    public override bool Matches(string column, object? value) => value != null && LeadValues.Boolean(column, value) == _expected;

    public override string Describe(string column) => _expected ? $"{column} = true" : $"{column} = false";
}
