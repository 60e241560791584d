using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: an empty responder id or a blank responder e-mail from the flow is refused, never read as "the
/// caller"; and neither SYSTEM nor a disabled user can be recorded as a decider.
/// </summary>
public class ResponderTests
{
    [Fact]
    public void An_empty_responder_id_is_refused_not_read_as_the_caller()
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Approve", responderId: Guid.Empty));

        Refusals.AssertClear(fault, "ResponderId");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Null(world.DecidedBy(id));
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("")]
    public void A_blank_responder_email_is_refused_not_read_as_the_caller(string email)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();

        var fault = ProductEmulator.Fault(() => world.Submit(world.Owner, id, "Approve", responderEmail: email));

        Refusals.AssertClear(fault, "ResponderEmail");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Null(world.DecidedBy(id));
    }

    [Fact]
    public void The_system_user_cannot_be_recorded_as_the_decider()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var system = world.Emulator.SystemUserId;
        var id = world.RequestApproval(owner: new EntityReference("systemuser", system));

        var fault = ProductEmulator.Fault(() => world.Submit(flow, id, "Approve", responderId: system));

        Refusals.AssertClear(fault, "SYSTEM");
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
        Assert.Null(world.DecidedBy(id));
    }
}
