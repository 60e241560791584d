using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Hitl.Core.Configuration;

namespace Hitl.Dataverse.Settings
{
    /// <summary>The variables as read at one moment, with their parsed values memoised.</summary>
    public sealed class EnvironmentVariableSnapshot
    {
        private readonly IReadOnlyDictionary<string, StoredVariable> variables;
        private readonly ConcurrentDictionary<string, object> parsed = new ConcurrentDictionary<string, object>(StringComparer.OrdinalIgnoreCase);

        internal EnvironmentVariableSnapshot(IReadOnlyDictionary<string, StoredVariable> variables, DateTime expiresOn)
        {
            this.variables = variables;
            ExpiresOn = expiresOn;
        }

        public DateTime ExpiresOn { get; }

        /// <summary>
        /// The effective raw value: the current value when one is set (blank counts as not set), else the
        /// definition's default, else null when the definition is missing from the environment.
        /// </summary>
        public string? RawValue(string schemaName)
        {
            if (!variables.TryGetValue(schemaName, out var stored)) return null;
            return string.IsNullOrWhiteSpace(stored.CurrentValue) ? stored.DefaultValue : stored.CurrentValue;
        }

        public bool IsDefined(string schemaName) => variables.ContainsKey(schemaName);

        internal T GetOrParse<T>(Setting<T> setting, Func<T> parse)
        {
            return (T)parsed.GetOrAdd(setting.SchemaName, _ => parse()!);
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
}
