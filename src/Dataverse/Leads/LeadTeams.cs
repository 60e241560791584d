using System.Collections.Concurrent;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// The ids of the owner teams named in hitl_LeadGradeRoutes, cached per organization like the settings (same time to
/// live), so routing a lead costs no team lookup once its grade's team was found. A missing team is cached too: its
/// leads go to review until it exists and the entry expires.
/// </summary>
public static class LeadTeams
{
    private static readonly ConcurrentDictionary<(Guid Organization, string Name), (Guid? Id, DateTime ExpiresOn)> Ids = new();

    public static Guid? IdOf(string teamName, ILocalPluginContext context)
    {
        var key = (context.ExecutionContext.OrganizationId, teamName);
        var now = context.UtcNow;
        if (Ids.TryGetValue(key, out var cached) && cached.ExpiresOn > now) return cached.Id;

        var query = new QueryExpression("team") { ColumnSet = new ColumnSet("teamid"), TopCount = 1 };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, teamName);
        var id = context.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
        Ids[key] = (id, now + EnvironmentVariableCache.DefaultTimeToLive);
        return id;
    }

    /// <summary>Forgets every cached team (tests that rename or remove teams).</summary>
    public static void Clear() => Ids.Clear();
}
