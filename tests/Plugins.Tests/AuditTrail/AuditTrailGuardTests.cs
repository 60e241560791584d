using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Decisions;
using Hitl.Testing;

namespace Hitl.Plugins.Tests.AuditTrail;

/// <summary>Approvals and the decision log are the audit trail: nobody deletes them, not even an administrator.</summary>
public class AuditTrailGuardTests
{
    [Fact]
    public void Deleting_an_approval_is_refused_and_the_row_stays()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.As(world.Outsider).Delete("hitl_approval", id));

        Assert.Contains("Cancel a pending approval instead of deleting it", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void Deleting_a_logged_automated_decision_is_refused_even_for_system()
    {
        var world = new ApprovalWorld();
        var decision = DecisionLog.Record(world.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, "lead", world.LeadId, "v1", new Dictionary<string, object?>(), "Routed", Array.Empty<string>(), false, world.Emulator.Clock.UtcNow));

        var fault = ProductEmulator.Fault(() => world.Emulator.CreateService().Delete("hitl_automateddecision", decision));

        Assert.Contains("cannot be deleted", fault.Message);
        Assert.NotNull(world.Emulator.Find("hitl_automateddecision", decision));
    }
}
