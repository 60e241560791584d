using System.Collections.Concurrent;
using Hitl.Core.Configuration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Settings;

/// <summary>
/// Process-wide cache of the product's environment variables, per organization. Dataverse exposes no cache
/// to plug-ins, so one query loads every HITL variable (definition + current value) and the snapshot is
/// reused until it expires. Thread-safe: snapshots are immutable and swapped atomically.
/// </summary>
public sealed class EnvironmentVariableCache
{
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(5);

    public static readonly EnvironmentVariableCache Shared = new EnvironmentVariableCache(DefaultTimeToLive, HitlSettings.All);

    private readonly ConcurrentDictionary<Guid, EnvironmentVariableSnapshot> _snapshots = new ConcurrentDictionary<Guid, EnvironmentVariableSnapshot>();
    private readonly string[] _schemaNames;

    public EnvironmentVariableCache(TimeSpan timeToLive, IEnumerable<SettingDefinition> settings)
    {
        if (timeToLive <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeToLive), "The cache needs a positive time to live.");
        TimeToLive = timeToLive;
        _schemaNames = settings.Select(s => s.SchemaName).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public TimeSpan TimeToLive { get; }

    /// <summary>The current snapshot for the organization, loading it with one query when missing or expired.</summary>
    public EnvironmentVariableSnapshot Get(Guid organizationId, Func<IOrganizationService> service, DateTime utcNow)
    {
        if (_snapshots.TryGetValue(organizationId, out var current) && current.ExpiresOn > utcNow)
        {
            return current;
        }

        var loaded = new EnvironmentVariableSnapshot(Load(service()), utcNow + TimeToLive);
        _snapshots[organizationId] = loaded;
        return loaded;
    }

    /// <summary>Forgets every snapshot, so the next read queries Dataverse again.</summary>
    public void Clear() => _snapshots.Clear();

    private IReadOnlyDictionary<string, StoredVariable> Load(IOrganizationService service)
    {
        var query = new QueryExpression("environmentvariabledefinition")
        {
            ColumnSet = new ColumnSet("schemaname", "defaultvalue"),
            Criteria = { Conditions = { new ConditionExpression("schemaname", ConditionOperator.In, _schemaNames.Cast<object>().ToArray()) } },
        };
        var value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.EntityAlias = "v";
        value.Columns = new ColumnSet("value");

        var result = new Dictionary<string, StoredVariable>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var schemaName = row.GetAttributeValue<string>("schemaname");
            var current = row.GetAttributeValue<AliasedValue>("v.value")?.Value as string;
            result[schemaName] = new StoredVariable(row.GetAttributeValue<string>("defaultvalue"), current);
        }

        return result;
    }
}
