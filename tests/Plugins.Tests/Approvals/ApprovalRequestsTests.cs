using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Approvals;

/// <summary>Product code requesting a review twice for the same record and type gets the open approval back.</summary>
public class ApprovalRequestsTests
{
    private static Entity Review(ApprovalWorld world) => new("hitl_approval")
    {
        ["hitl_type"] = new OptionSetValue(ApprovalType.LeadReview.Value),
        ["hitl_regardingtable"] = "lead",
        ["hitl_regardingid"] = world.LeadId.ToString("D"),
        ["ownerid"] = new EntityReference("systemuser", world.Owner),
    };

    [Fact]
    public void A_second_request_while_one_is_open_returns_the_open_one()
    {
        var world = new ApprovalWorld();
        var service = world.As(world.Requester);

        var first = ApprovalRequests.RequestOrReuse(service, Review(world));
        var second = ApprovalRequests.RequestOrReuse(service, Review(world));

        Assert.False(first.Reused);
        Assert.Equal((first.Id, true), second);
        Assert.Single(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void Once_the_open_one_is_decided_a_new_request_creates_a_new_approval()
    {
        var world = new ApprovalWorld();
        var service = world.As(world.Requester);
        var first = ApprovalRequests.RequestOrReuse(service, Review(world));
        world.DecideOnForm(world.Owner, first.Id, ApprovalDecision.Approve);

        var next = ApprovalRequests.RequestOrReuse(service, Review(world));

        Assert.False(next.Reused);
        Assert.NotEqual(first.Id, next.Id);
    }
}
