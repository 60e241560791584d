using System.Collections.Concurrent;
using Hitl.Core.Configuration;

namespace Hitl.Dataverse.Settings;

/// <summary>The variables as read at one moment, with their parsed values memoised.</summary>
public sealed class EnvironmentVariableSnapshot
{
    private readonly IReadOnlyDictionary<string, StoredVariable> _variables;
    private readonly ConcurrentDictionary<string, object> _parsed = new ConcurrentDictionary<string, object>(StringComparer.OrdinalIgnoreCase);

    internal EnvironmentVariableSnapshot(IReadOnlyDictionary<string, StoredVariable> variables, DateTime expiresOn)
    {
        _variables = variables;
        ExpiresOn = expiresOn;
    }

    public DateTime ExpiresOn { get; }

    /// <summary>
    /// The effective raw value: the current value when one is set (blank counts as not set), else the
    /// definition's default, else null when the definition is missing from the environment.
    /// </summary>
    public string? RawValue(string schemaName)
    {
        if (!_variables.TryGetValue(schemaName, out var stored)) return null;
        return string.IsNullOrWhiteSpace(stored.CurrentValue) ? stored.DefaultValue : stored.CurrentValue;
    }

    public bool IsDefined(string schemaName) => _variables.ContainsKey(schemaName);

    internal T GetOrParse<T>(Setting<T> setting, Func<T> parse)
    {
        return (T)_parsed.GetOrAdd(setting.SchemaName, _ => parse()!);
    }
}

public sealed class StoredVariable
{
    public StoredVariable(string? defaultValue, string? currentValue)
    {
        DefaultValue = defaultValue;
        CurrentValue = currentValue;
    }

    public string? DefaultValue { get; }

    public string? CurrentValue { get; }
}
