namespace Hitl.Core.Approvals;

/// <summary>Chooses who receives an escalated approval.</summary>
public interface IEscalationTarget
{
    /// <summary>The new owner for an approval owned by <paramref name="currentOwner"/>; the same owner when nobody else fits.</summary>
    Principal Resolve(Principal currentOwner);
}
