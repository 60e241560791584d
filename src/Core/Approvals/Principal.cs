namespace Hitl.Core.Approvals;

/// <summary>A user or team reference (the owner of an approval, or an escalation target).</summary>
public sealed record Principal(Guid Id, PrincipalKind Kind)
{
    public static Principal User(Guid id) => new Principal(id, PrincipalKind.User);

    public static Principal Team(Guid id) => new Principal(id, PrincipalKind.Team);

    public override string ToString() => $"{Kind} {Id:D}";
}
