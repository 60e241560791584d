using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Principals;

/// <summary>
/// What the approval rules need to know about people: team membership, the HITL Approver role, managers
/// and e-mail addresses. Each answer costs one query; callers ask only what a decision needs.
/// </summary>
public sealed class PrincipalDirectory
{
    public const string ApproverRoleName = "HITL Approver";

    /// <summary>Held by the account a flow's connection uses to submit decisions on a responder's behalf.</summary>
    public const string FlowIntegrationRoleName = "HITL Flow Integration";

    private readonly IOrganizationService _service;

    public PrincipalDirectory(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    public bool IsTeamMember(Guid userId, Guid teamId)
    {
        var query = new QueryExpression("teammembership") { ColumnSet = new ColumnSet("teamid"), TopCount = 1 };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        query.Criteria.AddCondition("teamid", ConditionOperator.Equal, teamId);
        return _service.RetrieveMultiple(query).Entities.Count > 0;
    }

    /// <summary>Holds the HITL Approver role directly or through a team the user belongs to.</summary>
    public bool HoldsApproverRole(Guid userId) => HoldsRole(userId, ApproverRoleName);

    /// <summary>Holds the named security role directly or through a team the user belongs to (at most two queries).</summary>
    public bool HoldsRole(Guid userId, string roleName)
    {
        var direct = new QueryExpression("role") { ColumnSet = new ColumnSet("roleid"), TopCount = 1 };
        direct.Criteria.AddCondition("name", ConditionOperator.Equal, roleName);
        direct.AddLink("systemuserroles", "roleid", "roleid").LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        if (_service.RetrieveMultiple(direct).Entities.Count > 0) return true;

        var viaTeam = new QueryExpression("role") { ColumnSet = new ColumnSet("roleid"), TopCount = 1 };
        viaTeam.Criteria.AddCondition("name", ConditionOperator.Equal, roleName);
        viaTeam.AddLink("teamroles", "roleid", "roleid")
            .AddLink("teammembership", "teamid", "teamid")
            .LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        return _service.RetrieveMultiple(viaTeam).Entities.Count > 0;
    }

    /// <summary>The enabled user with this primary e-mail address, or null.</summary>
    public Guid? FindUserByEmail(string email)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid"), TopCount = 2 };
        query.Criteria.AddCondition("internalemailaddress", ConditionOperator.Equal, email.Trim());
        query.Criteria.AddCondition("isdisabled", ConditionOperator.Equal, false);
        var users = _service.RetrieveMultiple(query).Entities;
        return users.Count == 1 ? users[0].Id : (Guid?)null;
    }

    public bool IsEnabledUser(Guid userId)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid"), TopCount = 1 };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        query.Criteria.AddCondition("isdisabled", ConditionOperator.Equal, false);
        return _service.RetrieveMultiple(query).Entities.Count > 0;
    }

    /// <summary>Managers (parentsystemuserid) of the given users, in one query.</summary>
    public IReadOnlyDictionary<Guid, Guid> ManagersOf(IEnumerable<Guid> userIds)
    {
        var ids = userIds.Distinct().Cast<object>().ToArray();
        var result = new Dictionary<Guid, Guid>();
        if (ids.Length == 0) return result;

        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("parentsystemuserid") };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.In, ids);
        foreach (var user in _service.RetrieveMultiple(query).Entities)
        {
            var manager = user.GetAttributeValue<EntityReference>("parentsystemuserid");
            if (manager != null) result[user.Id] = manager.Id;
        }

        return result;
    }

    public Guid? FindTeamByName(string name)
    {
        var query = new QueryExpression("team") { ColumnSet = new ColumnSet("teamid"), TopCount = 2 };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, name);
        var teams = _service.RetrieveMultiple(query).Entities;
        return teams.Count == 1 ? teams[0].Id : (Guid?)null;
    }
}
