using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: segregation of duties holds for the real caller (InitiatingUserId) of hitl_SubmitApprovalDecision:
/// a requester cannot decide their own approval by calling the API as (on behalf of) its approver.
/// </summary>
public class ImpersonationTests
{
    [Fact]
    public void A_requester_cannot_submit_a_decision_on_their_own_approval_by_impersonating_the_approver()
    {
        var world = OnBehalfOf.NewWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.SubmitAs(world.Requester, world.Owner, id));

        Assert.Contains(world.Emulator.ExecutionLog, e => e.Step.StartsWith("Test: act on behalf of another user", StringComparison.Ordinal));
        Refusals.AssertClear(fault, "requested this approval");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Null(world.DecidedBy(id));
    }
}
