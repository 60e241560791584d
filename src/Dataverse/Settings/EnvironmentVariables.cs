using Hitl.Core.Configuration;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Settings;

/// <summary>
/// Typed access to the product's settings for one execution. Every threshold is read here, never from
/// hard-coded values. An invalid value throws <see cref="ConfigurationException"/> so the caller can fail safe.
/// </summary>
public sealed class EnvironmentVariables
{
    private readonly EnvironmentVariableCache _cache;
    private readonly Guid _organizationId;
    private readonly Func<IOrganizationService> _service;
    private readonly TimeProvider _clock;
    private readonly ITracingService _tracing;

    public EnvironmentVariables(EnvironmentVariableCache cache, Guid organizationId, Func<IOrganizationService> service, TimeProvider clock, ITracingService tracing)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _organizationId = organizationId;
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _tracing = tracing ?? throw new ArgumentNullException(nameof(tracing));
    }

    /// <summary>
    /// The setting's value. A definition missing from the environment falls back to the default shipped in
    /// code (which equals the solution's default); a value that does not parse throws.
    /// </summary>
    public T Get<T>(Setting<T> setting)
    {
        if (setting == null) throw new ArgumentNullException(nameof(setting));
        var snapshot = _cache.Get(_organizationId, _service, _clock.GetUtcNow().UtcDateTime);
        return snapshot.GetOrParse(setting, () =>
        {
            var raw = snapshot.RawValue(setting.SchemaName);
            if (raw == null)
            {
                _tracing.Trace("Environment variable {0} is not defined in this environment; using the shipped default.", setting.SchemaName);
                raw = setting.DefaultValue;
            }

            return setting.Parse(raw);
        });
    }

    /// <summary>
    /// The setting's value, or its shipped default when the stored value cannot be used: every setting still routes
    /// work to a person, so a mistyped value must never break a save. Traced by name only, never the value.
    /// </summary>
    public T GetOrDefault<T>(Setting<T> setting) => TryGet(setting, "using the shipped default", out var value) ? value : setting.Default;

    /// <summary>
    /// The setting's value, or false when the stored value cannot be used, traced by name with what happens instead
    /// (<paramref name="whenUnusable"/>), never the value: for settings whose shipped default is not the safe fallback.
    /// </summary>
    public bool TryGet<T>(Setting<T> setting, string whenUnusable, out T value)
    {
        try
        {
            value = Get(setting);
            return true;
        }
        catch (ConfigurationException ex)
        {
            _tracing.Trace("Environment variable {0} holds a value that cannot be used; {1}.", ex.SettingName, whenUnusable);
            value = default!;
            return false;
        }
    }
}
