namespace Hitl.Core.Scoring;

/// <summary>
/// A lead's grade, best first (the enum order is the grade order). Values are the global option set hitl_leadgrade
/// (lead column hitl_grade; prefix 74120), so a grade is written to Dataverse as it is.
/// </summary>
public enum LeadGrade
{
    A = 741200000,
    B = 741200001,
    C = 741200002,
    D = 741200003,
}
