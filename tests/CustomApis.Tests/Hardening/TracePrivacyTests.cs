using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: traces (and the trace text a fault carries) hold no personal data: not a decider's name from a
/// refusal passed on by the plug-in base, not a client-typed reason code, not a setting's value.
/// </summary>
public class TracePrivacyTests
{
    [Fact]
    public void A_refusal_naming_the_decider_is_passed_on_without_tracing_the_name()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");

        var fault = ProductEmulator.Fault(() => world.Submit(world.RoleApprover, id, "Reject", reason: "Not a real company", reasonCode: "DataQuality"));

        Assert.Contains("already approved", fault.Message);
        AssertNowhereTraced(world, fault, "Oscar Owner");
    }

    [Fact]
    public void A_client_typed_reason_code_is_not_traced()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        const string typed = "Jane Roe +44 20 7946 0958";

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Reject", reason: "Called her", reasonCode: typed));

        Assert.Contains("is not one of the configured codes", fault.Message);
        AssertNowhereTraced(world, fault, typed);
    }

    [Fact]
    public void An_unreadable_setting_is_traced_by_name_without_its_value()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalReasonCodes", "[\"Jane Roe\",\"Jane Roe\"]");
        var id = world.RequestApproval();

        world.Submit(world.Owner, id, "Reject", reason: "Duplicate of an existing lead", reasonCode: "DataQuality");

        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("hitl_ApprovalReasonCodes", StringComparison.Ordinal));
        AssertNowhereTraced(world, null, "Jane Roe");
    }

    [Fact]
    public void An_escalation_team_name_that_matches_no_team_is_not_traced()
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_ApprovalEscalationTeam", "Jane Roe's private team");

        // Owned by its requester: routed to the escalation team, which does not exist, so to the manager.
        var id = world.RequestApproval(owner: new EntityReference("systemuser", world.Requester));

        Assert.Equal(world.Manager, world.OwnerOf(id).Id);
        AssertNowhereTraced(world, null, "Jane Roe");
        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("hitl_ApprovalEscalationTeam", StringComparison.Ordinal));
    }

    private static void AssertNowhereTraced(ApprovalWorld world, OrganizationServiceFault? fault, string personalData)
    {
        Assert.NotEmpty(world.Emulator.Traces);
        Assert.DoesNotContain(world.Emulator.Traces, t => t.Message.Contains(personalData, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(world.Emulator.ExecutionLog, e => e.Trace.Any(line => line.Contains(personalData, StringComparison.OrdinalIgnoreCase)));
        if (fault != null) Assert.DoesNotContain(personalData, fault.TraceText ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }
}
