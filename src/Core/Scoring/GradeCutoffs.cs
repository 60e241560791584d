namespace Hitl.Core.Scoring;

/// <summary>Lowest score of grades A, B and C (A &gt; B &gt; C, each 0–100); every score below C is a D.</summary>
public sealed class GradeCutoffs
{
    public GradeCutoffs(int a, int b, int c)
    {
        if (c < 0 || a > 100 || !(a > b && b > c)) throw new ArgumentException($"Grade cut-offs must satisfy 100 >= A > B > C >= 0; got A {a}, B {b}, C {c}.");
        A = a;
        B = b;
        C = c;
    }

    public int A { get; }

    public int B { get; }

    public int C { get; }

    public LeadGrade GradeFor(int score) =>
        score >= A ? LeadGrade.A : score >= B ? LeadGrade.B : score >= C ? LeadGrade.C : LeadGrade.D;
}
