using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// The seam through which scoring asks whether automated profiling of a person is allowed (principle 5). The consent
/// capability fills it; until then <see cref="ProfilingConsent.Shipped"/> allows profiling and says so in the trace,
/// so the gap is visible in every scoring run instead of silent.
/// </summary>
public interface IProfilingConsent
{
    /// <returns>Whether profiling is allowed, and why not when it is not (no personal data in the reason).</returns>
    (bool Allowed, string? Reason) ForLead(Entity lead, ILocalPluginContext context);
}

/// <summary>The consent seam's shipped implementation.</summary>
public static class ProfilingConsent
{
    public static IProfilingConsent Shipped { get; } = new NotYetEnforced();

    private sealed class NotYetEnforced : IProfilingConsent
    {
        public (bool Allowed, string? Reason) ForLead(Entity lead, ILocalPluginContext context)
        {
            context.Trace("Profiling consent is not enforced yet (no consent capability installed); lead {0} scored.", lead.Id);
            return (true, null);
        }
    }
}
