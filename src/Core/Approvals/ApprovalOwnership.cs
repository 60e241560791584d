namespace Hitl.Core.Approvals;

/// <summary>Segregation of duties for owners: who may hold an approval so that its owner can decide it.</summary>
public static class ApprovalOwnership
{
    /// <summary>A team, or a user who neither requested the approval nor is its subject.</summary>
    public static bool CanOwn(Principal candidate, Guid? requestedBy, Guid? subjectUserId)
    {
        if (candidate == null) throw new ArgumentNullException(nameof(candidate));
        return candidate.Kind == PrincipalKind.Team || (candidate.Id != requestedBy && candidate.Id != subjectUserId);
    }
}
