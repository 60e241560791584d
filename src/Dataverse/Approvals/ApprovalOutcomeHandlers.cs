using System.Reflection;
using Hitl.Core.Approvals;

namespace Hitl.Dataverse.Approvals;

/// <summary>The open registry of outcome handlers: every <see cref="IApprovalOutcomeHandler"/> class in an assembly, by approval type.</summary>
public static class ApprovalOutcomeHandlers
{
    // PublicationOnly: a failed discovery is not cached, so one bad deployment does not fail every later approval.
    private static readonly Lazy<IReadOnlyDictionary<ApprovalType, IApprovalOutcomeHandler>> Shipped =
        new(() => Discover(typeof(ApprovalOutcomeHandlers).Assembly), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The shipped handler of this approval type, or null when the type has no outcome beyond the approval itself.</summary>
    public static IApprovalOutcomeHandler? For(ApprovalType type) => Shipped.Value.TryGetValue(type, out var handler) ? handler : null;

    /// <summary>One instance of each concrete handler class in <paramref name="assembly"/>; two handlers for one type are refused.</summary>
    public static IReadOnlyDictionary<ApprovalType, IApprovalOutcomeHandler> Discover(Assembly assembly)
    {
        if (assembly == null) throw new ArgumentNullException(nameof(assembly));
        var handlers = new Dictionary<ApprovalType, IApprovalOutcomeHandler>();
        // Public top-level classes with a public parameterless constructor only: the sandbox's partial trust allows
        // creating those without member-access reflection.
        foreach (var type in assembly.GetTypes().Where(t => typeof(IApprovalOutcomeHandler).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract && t.IsPublic && t.GetConstructor(Type.EmptyTypes) != null))
        {
            var handler = (IApprovalOutcomeHandler)Activator.CreateInstance(type)!;
            if (handlers.TryGetValue(handler.Type, out var other))
            {
                throw new InvalidOperationException($"Approval type {handler.Type} has two outcome handlers: {other.GetType().FullName} and {type.FullName}. Keep one.");
            }

            handlers[handler.Type] = handler;
        }

        return handlers;
    }
}
