using Hitl.Core.Approvals;
using Hitl.Dataverse.Settings;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Support;

/// <summary>
/// The four approval custom APIs called the way a flow or an integration calls them: an unbound
/// <see cref="OrganizationRequest"/> by unique name, outputs read from the response.
/// </summary>
internal static class ApprovalApis
{
    public static OrganizationResponse Submit(
        this ApprovalWorld world,
        Guid caller,
        Guid approvalId,
        string decision,
        string? reason = null,
        string? reasonCode = null,
        Guid? responderId = null,
        string? responderEmail = null)
    {
        var request = new OrganizationRequest("hitl_SubmitApprovalDecision") { ["ApprovalId"] = approvalId, ["Decision"] = decision };
        if (reason != null) request["Reason"] = reason;
        if (reasonCode != null) request["ReasonCode"] = reasonCode;
        if (responderId.HasValue) request["ResponderId"] = responderId.Value;
        if (responderEmail != null) request["ResponderEmail"] = responderEmail;
        return world.As(caller).Execute(request);
    }

    public static OrganizationResponse Escalate(this ApprovalWorld world, Guid caller) =>
        world.As(caller).Execute(new OrganizationRequest("hitl_EscalateOverdueApprovals"));

    public static OrganizationResponse Metrics(this ApprovalWorld world, Guid caller, DateTime from, DateTime to, string? type = null)
    {
        var request = new OrganizationRequest("hitl_GetApprovalMetrics") { ["From"] = from, ["To"] = to };
        if (type != null) request["Type"] = type;
        return world.As(caller).Execute(request);
    }

    public static OrganizationResponse Contest(this ApprovalWorld world, Guid caller, EntityReference regarding, string statement) =>
        world.As(caller).Execute(new OrganizationRequest("hitl_ContestDecision") { ["Regarding"] = regarding, ["Statement"] = statement });

    /// <summary>
    /// Sets an environment variable the way an admin does. Plug-ins cache settings per organization for
    /// <see cref="EnvironmentVariableCache.DefaultTimeToLive"/>, as in production, so the clock moves past
    /// that window: the next execution then reads the new value whether or not anything ran before.
    /// </summary>
    public static void Configure(this ApprovalWorld world, string schemaName, string value)
    {
        world.Emulator.SetEnvironmentVariable(schemaName, value);
        world.Emulator.Clock.Advance(EnvironmentVariableCache.DefaultTimeToLive + TimeSpan.FromSeconds(1));
    }

    /// <summary>A user who may only run flows: the connection account of the approval flow, holding the HITL Flow Integration role.</summary>
    public static Guid AddFlowAccount(this ApprovalWorld world, params string[] roles) =>
        world.Emulator.AddUser("Flow Service", "flow@contoso.test", null, roles.Length == 0 ? new[] { "HITL Flow Integration" } : roles);

    public static Guid AddLead(this ApprovalWorld world, string lastName, Guid? owner = null)
    {
        var lead = new Entity("lead") { ["lastname"] = lastName, ["companyname"] = lastName + " Ltd" };
        if (owner.HasValue) lead["ownerid"] = new EntityReference("systemuser", owner.Value);
        return world.AddExistingLead(lead);
    }

    public static Guid? DecidedBy(this ApprovalWorld world, Guid approvalId) =>
        world.Approval(approvalId).GetAttributeValue<EntityReference>("hitl_decidedby")?.Id;

    public static DecisionSource? SourceOf(this ApprovalWorld world, Guid approvalId) =>
        world.Approval(approvalId).GetAttributeValue<OptionSetValue>("hitl_source") is { } source ? (DecisionSource)source.Value : null;

    public static EntityReference OwnerOf(this ApprovalWorld world, Guid approvalId) =>
        world.Approval(approvalId).GetAttributeValue<EntityReference>("ownerid");
}
