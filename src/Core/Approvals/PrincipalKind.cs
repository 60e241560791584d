namespace Hitl.Core.Approvals;

/// <summary>What an owner lookup points at: ownerid is either a systemuser or a team.</summary>
public enum PrincipalKind
{
    User,
    Team,
}
