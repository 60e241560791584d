namespace Hitl.Core.Scoring;

/// <summary>A lead's grade, best first: the enum order is the grade order.</summary>
public enum LeadGrade
{
    A,
    B,
    C,
    D,
}
