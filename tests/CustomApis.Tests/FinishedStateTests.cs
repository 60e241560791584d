using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests;

/// <summary>Whatever finishes an approval (a decision through the API, or expiry), it ends inactive; reasons come from the caller.</summary>
public class FinishedStateTests
{
    [Fact]
    public void An_expired_approval_becomes_inactive()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        world.Emulator.Clock.Advance(TimeSpan.FromHours(49));
        world.Escalate(flow);
        Assert.Equal(0, world.Approval(id).GetAttributeValue<OptionSetValue>("statecode").Value);
        world.Emulator.Clock.Advance(TimeSpan.FromHours(73));

        world.Escalate(flow);

        Assert.Equal(ApprovalStatus.Expired, world.StatusOf(id));
        Assert.Equal(1, world.Approval(id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void A_flow_rejection_without_a_comment_does_not_borrow_a_reason_saved_earlier_on_the_form()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_reasoncode"] = "Other", ["hitl_decisionreason"] = "Draft, not final" });

        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Reject", responderEmail: "oscar@contoso.test"));

        Assert.Contains("needs a reason code", fault.Message);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }
}
