using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests;

/// <summary>Concurrency (issue 4, point 5): racing decisions resolve to exactly one winner; racing retries are idempotent.</summary>
public class DecisionRaceTests
{
    private const int Rounds = 20;

    [Fact]
    public void Two_approvers_deciding_differently_at_once_leave_exactly_one_winner_and_tell_the_loser_who_decided_first()
    {
        var world = new ApprovalWorld();
        var names = new Dictionary<Guid, string> { [world.Owner] = "Oscar Owner", [world.RoleApprover] = "Ada Approver" };

        for (var round = 0; round < Rounds; round++)
        {
            // Each round is a fresh approval of the same lead: the previous one is decided, so a new one may open.
            var id = world.RequestApproval();

            var outcomes = Simultaneous.Run(
                () => world.Submit(world.Owner, id, "Approve"),
                () => world.Submit(world.RoleApprover, id, "Reject", reason: "Duplicate of an existing lead", reasonCode: "DataQuality"));

            var winner = Assert.Single(outcomes, o => o.Response != null);
            var loser = Assert.Single(outcomes, o => o.Fault != null);
            var (winnerId, winnerStatus) = winner.Caller == 0 ? (world.Owner, ApprovalStatus.Approved) : (world.RoleApprover, ApprovalStatus.Rejected);
            Assert.Equal(winnerStatus.ToString(), winner.Response!["Status"]);
            Assert.Equal(false, winner.Response["AlreadyDecided"]);
            Assert.Contains($"This approval was already {winnerStatus.ToString().ToLowerInvariant()} by {names[winnerId]}", loser.Fault!.Message);
            Assert.Equal(winnerStatus, world.StatusOf(id));
            Assert.Equal(winnerId, world.DecidedBy(id));
        }
    }

    [Fact]
    public void Two_retries_of_the_same_flow_decision_at_once_both_succeed_and_one_reports_it_was_already_decided()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();

        for (var round = 0; round < Rounds; round++)
        {
            var id = world.RequestApproval();

            var outcomes = Simultaneous.Run(
                () => world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test"),
                () => world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test"));

            Assert.All(outcomes, o => Assert.Null(o.Fault));
            Assert.All(outcomes, o => Assert.Equal("Approved", o.Response!["Status"]));
            Assert.Single(outcomes, o => (bool)o.Response!["AlreadyDecided"]!);
            Assert.Equal(ApprovalStatus.Approved, world.StatusOf(id));
            Assert.Equal(world.Owner, world.DecidedBy(id));
        }
    }
}
