using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>Issue 7, item 7: a refusal never tells a person who cannot read the approval who decided it or when.</summary>
public class RefusalDisclosureTests
{
    [Fact]
    public void Someone_who_cannot_read_a_decided_approval_is_not_told_who_decided_it_or_when()
    {
        var world = new ApprovalWorld();
        var reviewer = world.Emulator.AddUser("Rex Reviewer", "rex@contoso.test", world.Manager, "HITL Reviewer");
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");
        var decidedOn = (DateTime)world.Approval(id)["hitl_decidedon"];

        var fault = ProductEmulator.Fault(() => world.Submit(reviewer, id, "Reject", reason: "Not a real company", reasonCode: "DataQuality"));

        Refusals.AssertClear(fault, "approval");
        Assert.DoesNotContain("Oscar Owner", fault.Message);
        Assert.DoesNotContain(world.Owner.ToString("D"), fault.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(decidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fault.Message);
        Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
    }

    [Fact]
    public void Someone_who_can_read_it_is_still_told_who_decided_first()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");

        var fault = ProductEmulator.Fault(() => world.Submit(world.RoleApprover, id, "Reject", reason: "Not a real company", reasonCode: "DataQuality"));

        Assert.Contains("already approved by Oscar Owner", fault.Message);
    }
}
