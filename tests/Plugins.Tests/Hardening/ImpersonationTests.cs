using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: when code acts on behalf of another user, segregation of duties also holds for the real caller
/// (InitiatingUserId): a requester cannot decide their own approval by impersonating its approver.
/// </summary>
public class ImpersonationTests
{
    private const string TestStep = "Test: act on behalf of another user on Update of lead";

    [Fact]
    public void A_requester_cannot_decide_their_own_approval_on_the_form_by_impersonating_the_approver()
    {
        var world = OnBehalfOf.NewWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.DecideOnFormAs(world.Requester, world.Owner, id));

        Assert.Contains(world.Emulator.ExecutionLog, e => e.Step == TestStep);
        Refusals.AssertClear(fault, "requested this approval");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.False(world.Approval(id).Contains("hitl_decidedby"));
    }

    [Fact]
    public void Someone_else_acting_for_the_approver_still_records_the_approver_as_decider()
    {
        var world = OnBehalfOf.NewWorld();
        var id = world.RequestApproval();

        world.DecideOnFormAs(world.Seller, world.Owner, id);

        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
        Assert.Equal(world.Owner, world.Approval(id).GetAttributeValue<EntityReference>("hitl_decidedby").Id);
    }
}
