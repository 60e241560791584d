using System.Collections.Concurrent;
using Hitl.Core.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// Process-wide cache of each organization's active scoring model, like the environment-variable cache: one query and
/// one parse per organization until it expires, so scoring a lead costs no call for the model. Activating a model in
/// this process forgets the organization's entry at once (<see cref="Forget"/>); other sandbox workers see the change
/// when their entry expires. Thread-safe: entries are immutable and swapped atomically.
/// </summary>
public sealed class ScoringModelCache
{
    /// <summary>Status option "Active" of hitl_scoringmodelstatus.</summary>
    public const int ActiveStatus = (int)ScoringModelStatus.Active;

    public static readonly ScoringModelCache Shared = new(TimeSpan.FromMinutes(5));

    private readonly ConcurrentDictionary<Guid, ActiveScoringModel> _entries = new();

    public ScoringModelCache(TimeSpan timeToLive)
    {
        if (timeToLive <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeToLive), "The cache needs a positive time to live.");
        TimeToLive = timeToLive;
    }

    public TimeSpan TimeToLive { get; }

    /// <param name="protectedAttributes">Read from hitl_ProtectedAttributes by the caller (cached settings).</param>
    public ActiveScoringModel Get(Guid organizationId, Func<IOrganizationService> service, ProtectedAttributes protectedAttributes, DateTime utcNow)
    {
        if (_entries.TryGetValue(organizationId, out var current) && current.ExpiresOn > utcNow) return current;

        var loaded = Load(service(), protectedAttributes, utcNow + TimeToLive);
        _entries[organizationId] = loaded;
        return loaded;
    }

    public void Forget(Guid organizationId) => _entries.TryRemove(organizationId, out _);

    private static ActiveScoringModel Load(IOrganizationService service, ProtectedAttributes protectedAttributes, DateTime expiresOn)
    {
        var query = new QueryExpression(ScoringModelSchema.Table) { ColumnSet = new ColumnSet(ScoringModelSchema.Document), TopCount = 2 };
        query.Criteria.AddCondition(ScoringModelSchema.Status, ConditionOperator.Equal, ActiveStatus);
        query.AddOrder(ScoringModelSchema.ActivatedOn, OrderType.Descending);
        var active = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (active == null) return ActiveScoringModel.BuiltIn(expiresOn);

        return ActiveScoringModel.FromRow(active.Id, ScoringModelReader.Read(active.GetAttributeValue<string>(ScoringModelSchema.Document), LeadColumnCatalog.Standard, protectedAttributes), expiresOn);
    }
}
