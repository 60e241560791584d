namespace Hitl.Core.Scoring.Points;

/// <summary>What a points rule tests on one column's value (null = the lead has no value).</summary>
internal abstract class PointsCondition
{
    /// <summary>False for present/absent conditions: for them a missing value is an answer, not a gap.</summary>
    public virtual bool ReadsValue => true;

    public abstract bool Matches(string column, object? value);

    /// <summary>The rule's default label, e.g. "budgetamount >= 50000".</summary>
    public abstract string Describe(string column);
}
