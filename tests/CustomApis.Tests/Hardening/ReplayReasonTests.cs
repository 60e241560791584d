using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>Issue 7, item 7: the same decision replayed with a different reason is reported as such, not as "this exact decision".</summary>
public class ReplayReasonTests
{
    [Theory]
    [InlineData("api")]
    [InlineData("form")]
    public void A_replay_with_another_reason_is_refused_as_already_decided_with_another_reason(string channel)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve", reason: "Known customer", reasonCode: "CustomerContext");
        var before = world.Approval(id).RowVersion;

        var fault = ProductEmulator.Fault(() =>
        {
            if (channel == "api") world.Submit(world.Owner, id, "Approve", reason: "Budget confirmed by phone", reasonCode: "DataQuality");
            else world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve, "DataQuality", "Budget confirmed by phone");
        });

        Refusals.AssertClear(fault, "already approved", "another reason");
        Assert.Equal(before, world.Approval(id).RowVersion);
        Assert.Equal("CustomerContext", world.Approval(id)["hitl_reasoncode"]);
    }

    [Fact]
    public void The_exact_replay_still_succeeds_as_already_decided()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve", reason: "Known customer", reasonCode: "CustomerContext");

        var response = world.Submit(world.Owner, id, "Approve", reason: "Known customer", reasonCode: "CustomerContext");

        Assert.Equal(true, response["AlreadyDecided"]);
    }
}
