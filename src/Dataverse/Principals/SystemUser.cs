using System.Collections.Concurrent;
using Hitl.Dataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Principals;

/// <summary>
/// The SYSTEM user, what IOrganizationServiceFactory.CreateOrganizationService(null) runs as (Learn, "Impersonate a
/// user"). Its id is fixed for an organization, so it is asked once with WhoAmI through a SYSTEM service and
/// remembered per organization for the life of the process, like the settings cache.
/// </summary>
public static class SystemUser
{
    private static readonly ConcurrentDictionary<Guid, Guid> Ids = new();

    public static Guid IdOf(Guid organizationId, Func<IOrganizationService> systemService) =>
        Ids.GetOrAdd(organizationId, _ => ((WhoAmIResponse)systemService().Execute(new WhoAmIRequest())).UserId);

    /// <summary>Whether this execution runs as SYSTEM: HITL Sales code writing through its SYSTEM service, which no client can.</summary>
    public static bool IsCaller(ILocalPluginContext context) =>
        context.ExecutionContext.UserId == IdOf(context.ExecutionContext.OrganizationId, () => context.SystemService);
}
