using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Hitl.Dataverse.Settings;
using Hitl.Emulator;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Tests.Settings;

/// <summary>
/// Settings are read from the emulator's environmentvariabledefinition/value rows, loaded from solution/,
/// through the same query the product runs in Dataverse.
/// </summary>
public class EnvironmentVariablesTests
{
    private sealed class Harness
    {
        public Harness(TimeSpan? timeToLive = null)
        {
            Emulator = ProductEmulator.New();
            Service = new CountingService(Emulator.CreateService());
            Cache = new EnvironmentVariableCache(timeToLive ?? TimeSpan.FromMinutes(5), HitlSettings.All);
        }

        public DataverseEmulator Emulator { get; }

        public CountingService Service { get; }

        public EnvironmentVariableCache Cache { get; }

        public List<string> Traces { get; } = new();

        public EnvironmentVariables Settings() =>
            new(Cache, Emulator.OrganizationId, () => Service, Emulator.Clock, new ListTracer(Traces));
    }

    [Fact]
    public void The_definition_default_applies_until_an_admin_sets_a_value()
    {
        var harness = new Harness();

        Assert.Equal(72m, harness.Settings().Get(HitlSettings.ApprovalExpiryHours));
        Assert.Equal(ReasonCodeList.Default, harness.Settings().Get(HitlSettings.ApprovalReasonCodes));
        Assert.Null(harness.Settings().Get(HitlSettings.ApprovalEscalationTeam));
    }

    [Fact]
    public void The_current_value_wins_over_the_default()
    {
        var harness = new Harness();
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalExpiryHours", "12.5");
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalEscalationTeam", "  Sales Leadership ");
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalSlaHours", "{\"default\":24,\"CommissionValidation\":8}");

        var settings = harness.Settings();

        Assert.Equal(12.5m, settings.Get(HitlSettings.ApprovalExpiryHours));
        Assert.Equal("Sales Leadership", settings.Get(HitlSettings.ApprovalEscalationTeam));
        Assert.Equal(8m, settings.Get(HitlSettings.ApprovalSlaHours).HoursFor(ApprovalType.CommissionValidation));
        Assert.Equal(24m, settings.Get(HitlSettings.ApprovalSlaHours).HoursFor(ApprovalType.LeadReview));
    }

    [Fact]
    public void A_blank_current_value_means_not_set()
    {
        var harness = new Harness();
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalExpiryHours", "   ");

        Assert.Equal(72m, harness.Settings().Get(HitlSettings.ApprovalExpiryHours));
    }

    [Fact]
    public void An_invalid_value_throws_a_configuration_error_naming_the_variable()
    {
        var harness = new Harness();
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalExpiryHours", "three days");

        var ex = Assert.Throws<ConfigurationException>(() => harness.Settings().Get(HitlSettings.ApprovalExpiryHours));

        Assert.Equal("hitl_ApprovalExpiryHours", ex.SettingName);
        Assert.Contains("'three days' is not a number", ex.Message);
    }

    [Fact]
    public void A_definition_missing_from_the_environment_falls_back_to_the_shipped_default_and_says_so()
    {
        var harness = new Harness();
        var unknown = new Setting<decimal>("hitl_NotImported", SettingType.Number, "5", raw => decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture));
        var cache = new EnvironmentVariableCache(TimeSpan.FromMinutes(5), new SettingDefinition[] { unknown });
        var settings = new EnvironmentVariables(cache, harness.Emulator.OrganizationId, () => harness.Service, harness.Emulator.Clock, new ListTracer(harness.Traces));

        Assert.Equal(5m, settings.Get(unknown));
        Assert.Contains(harness.Traces, t => t.Contains("hitl_NotImported is not defined in this environment"));
    }

    [Fact]
    public void All_settings_load_with_one_query_and_are_served_from_the_cache_until_it_expires()
    {
        var harness = new Harness(TimeSpan.FromMinutes(5));

        harness.Settings().Get(HitlSettings.ApprovalExpiryHours);
        harness.Settings().Get(HitlSettings.ApprovalReasonCodes);
        harness.Settings().Get(HitlSettings.ApprovalSlaHours);
        Assert.Equal(1, harness.Service.Calls);

        harness.Emulator.Clock.Advance(TimeSpan.FromMinutes(4));
        harness.Settings().Get(HitlSettings.ApprovalExpiryHours);
        Assert.Equal(1, harness.Service.Calls);

        harness.Emulator.Clock.Advance(TimeSpan.FromMinutes(2));
        harness.Settings().Get(HitlSettings.ApprovalExpiryHours);
        Assert.Equal(2, harness.Service.Calls);
    }

    [Fact]
    public void A_changed_value_is_seen_once_the_cached_snapshot_expires()
    {
        var harness = new Harness(TimeSpan.FromMinutes(5));
        Assert.Equal(72m, harness.Settings().Get(HitlSettings.ApprovalExpiryHours));

        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalExpiryHours", "24");
        var beforeExpiry = harness.Settings().Get(HitlSettings.ApprovalExpiryHours);
        harness.Emulator.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var afterExpiry = harness.Settings().Get(HitlSettings.ApprovalExpiryHours);

        Assert.Equal(72m, beforeExpiry);
        Assert.Equal(24m, afterExpiry);
    }

    [Fact]
    public void Organizations_never_share_cached_values()
    {
        var first = new Harness();
        var second = new Harness();
        var sharedCache = first.Cache;
        second.Emulator.SetEnvironmentVariable("hitl_ApprovalExpiryHours", "6");

        var a = new EnvironmentVariables(sharedCache, first.Emulator.OrganizationId, () => first.Service, first.Emulator.Clock, new ListTracer(first.Traces)).Get(HitlSettings.ApprovalExpiryHours);
        var b = new EnvironmentVariables(sharedCache, second.Emulator.OrganizationId, () => second.Service, second.Emulator.Clock, new ListTracer(second.Traces)).Get(HitlSettings.ApprovalExpiryHours);

        Assert.Equal(72m, a);
        Assert.Equal(6m, b);
    }

    [Fact]
    public void Parallel_readers_get_consistent_values()
    {
        var harness = new Harness();
        harness.Emulator.SetEnvironmentVariable("hitl_ApprovalReasonCodes", "[\"A\",\"B\"]");

        var results = new IReadOnlyList<string>[64];
        Parallel.For(0, results.Length, i => results[i] = harness.Settings().Get(HitlSettings.ApprovalReasonCodes));

        Assert.All(results, r => Assert.Equal(new[] { "A", "B" }, r));
    }

    private sealed class ListTracer(List<string> traces) : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
            lock (traces) traces.Add(args.Length == 0 ? format : string.Format(format, args));
        }
    }

    private sealed class CountingService(IOrganizationService inner) : IOrganizationService
    {
        private int calls;

        public int Calls => calls;

        public Guid Create(Entity entity) { Interlocked.Increment(ref calls); return inner.Create(entity); }
        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) { Interlocked.Increment(ref calls); return inner.Retrieve(entityName, id, columnSet); }
        public void Update(Entity entity) { Interlocked.Increment(ref calls); inner.Update(entity); }
        public void Delete(string entityName, Guid id) { Interlocked.Increment(ref calls); inner.Delete(entityName, id); }
        public OrganizationResponse Execute(OrganizationRequest request) { Interlocked.Increment(ref calls); return inner.Execute(request); }
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) { Interlocked.Increment(ref calls); inner.Associate(entityName, entityId, relationship, relatedEntities); }
        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) { Interlocked.Increment(ref calls); inner.Disassociate(entityName, entityId, relationship, relatedEntities); }
        public EntityCollection RetrieveMultiple(QueryBase query) { Interlocked.Increment(ref calls); return inner.RetrieveMultiple(query); }
    }
}
