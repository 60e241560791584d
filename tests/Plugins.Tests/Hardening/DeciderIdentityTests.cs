using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: disabled users (and SYSTEM, see the custom API tests) cannot be recorded as deciders.</summary>
public class DeciderIdentityTests
{
    [Fact]
    public void A_disabled_owner_cannot_decide_on_the_form()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Emulator.CreateService().Update(new Entity("systemuser", world.Owner) { ["isdisabled"] = true });

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve));

        Refusals.AssertClear(fault, "disabled");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.False(world.Approval(id).Contains("hitl_decidedby"));
    }
}
