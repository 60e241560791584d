namespace Hitl.Core.Leads;

/// <summary>Global option set hitl_leadgrade (lead column hitl_grade); values mirror the solution (prefix 74120). A is the most promising.</summary>
public enum LeadGrade
{
    A = 741200000,
    B = 741200001,
    C = 741200002,
    D = 741200003,
}
