using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// Request name → SdkMessage name: plug-ins see the message, which differs for a few requests
/// (WinOpportunityRequest is "WinOpportunity" but steps register on and see "Win").
/// </summary>
internal static class MessageNames
{
    private static readonly Dictionary<string, string> RequestToMessage = new(StringComparer.Ordinal)
    {
        ["WinOpportunity"] = "Win",
        ["LoseOpportunity"] = "Lose",
        ["SendEmail"] = "Send",
        ["AddListMembersList"] = "AddListMembers",
        ["AddMemberList"] = "AddMember",
        ["RemoveMemberList"] = "RemoveMember",
    };

    public static string MessageFor(string requestName) =>
        RequestToMessage.TryGetValue(requestName, out var message) ? message : requestName;

    /// <summary>The primary table and row of a request, from its usual parameters.</summary>
    public static (string Entity, Guid Id) PrimaryEntityOf(OrganizationRequest request)
    {
        var p = request.Parameters;
        if (p.TryGetValue("Target", out var target))
        {
            if (target is Entity e) return (e.LogicalName, e.Id);
            if (target is EntityReference r) return (r.LogicalName, r.Id);
        }
        if (p.TryGetValue("EntityMoniker", out var moniker) && moniker is EntityReference m) return (m.LogicalName, m.Id);
        if (p.TryGetValue("OpportunityClose", out var close) && close is Entity oc &&
            oc.GetAttributeValue<EntityReference>("opportunityid") is { } opportunity)
            return ("opportunity", opportunity.Id);
        if (p.TryGetValue("LeadId", out var lead) && lead is EntityReference l) return ("lead", l.Id);
        if (p.TryGetValue("EmailId", out var email) && email is Guid emailId) return ("email", emailId);
        if (p.TryGetValue("ListId", out var list) && list is Guid listId) return ("list", listId);
        return ("none", Guid.Empty);
    }
}
