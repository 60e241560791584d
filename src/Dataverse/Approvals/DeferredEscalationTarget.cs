using Hitl.Core.Approvals;

namespace Hitl.Dataverse.Approvals;

/// <summary>An escalation target looked up (team, managers: service calls) only when the rules ask for one.</summary>
public sealed class DeferredEscalationTarget : IEscalationTarget
{
    private readonly Lazy<IEscalationTarget> _target;

    public DeferredEscalationTarget(Func<IEscalationTarget> lookup)
    {
        if (lookup == null) throw new ArgumentNullException(nameof(lookup));
        _target = new Lazy<IEscalationTarget>(lookup);
    }

    public Principal Resolve(Principal currentOwner) => _target.Value.Resolve(currentOwner);
}
