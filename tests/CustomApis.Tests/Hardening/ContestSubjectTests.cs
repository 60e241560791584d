using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>Issue 7, item 7: a contest about a user's own record makes that user the subject, so they cannot decide it.</summary>
public class ContestSubjectTests
{
    [Fact]
    public void A_contest_about_a_users_record_makes_the_user_its_subject_who_cannot_decide_it()
    {
        var world = new ApprovalWorld();
        // The seller may approve in general, which is exactly why the subject rule must stop them here.
        world.Emulator.GrantRole(world.Seller, "HITL Approver");
        world.LogAbout("systemuser", world.Seller, DecisionLogRows.CommissionCalculation, "Commission withheld");

        // A colleague who may read user records contests for the seller; nobody owns a user record, so the seller's
        // manager reviews it.
        var response = world.Contest(world.TeamMember, new EntityReference("systemuser", world.Seller), "My commission was withheld without reason.");

        var id = (Guid)response["ApprovalId"]!;
        Assert.Equal(world.Seller, world.Approval(id).GetAttributeValue<EntityReference>("hitl_subjectuserid")?.Id);
        Assert.Equal(world.Manager, world.OwnerOf(id).Id);
        var fault = ProductEmulator.Fault(() => world.Submit(world.Seller, id, "Approve", reason: "Withheld by mistake", reasonCode: "ModelError"));
        Refusals.AssertClear(fault, "about you");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }
}
