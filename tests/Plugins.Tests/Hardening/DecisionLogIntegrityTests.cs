using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: the decision log (hitl_automateddecision) is written only by the product's writer: users can
/// neither rewrite its rows nor create rows by hand, and a second approval does not overwrite the first review.
/// </summary>
public class DecisionLogIntegrityTests
{
    [Theory]
    [InlineData("hitl_outcome", "Qualified")]
    [InlineData("hitl_modelversion", "hand-edited")]
    [InlineData("hitl_reviewoutcome", "Approved")]
    public void A_user_cannot_rewrite_a_logged_decision(string column, string value)
    {
        var world = new ApprovalWorld();
        var logged = world.LogAbout("lead", world.LeadId);
        var before = world.Emulator.Find("hitl_automateddecision", logged)!;

        var fault = ProductEmulator.Fault(() => world.As(world.Outsider).Update(new Entity("hitl_automateddecision", logged) { [column] = value }));

        Refusals.AssertClear(fault, "automated decision");
        var after = world.Emulator.Find("hitl_automateddecision", logged)!;
        Assert.Equal(before.GetAttributeValue<string>(column), after.GetAttributeValue<string>(column));
        Assert.Equal(before["versionnumber"], after["versionnumber"]);
    }

    [Fact]
    public void A_user_cannot_create_a_logged_decision_by_hand()
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.As(world.Outsider).Create(new Entity("hitl_automateddecision")
        {
            ["hitl_name"] = "Hand-made decision",
            ["hitl_decisiontype"] = new OptionSetValue(DecisionLogRows.LeadScoring),
            ["hitl_regardingtable"] = "lead",
            ["hitl_regardingid"] = world.LeadId.ToString("D"),
            ["hitl_outcome"] = "Qualified",
        }));

        Refusals.AssertClear(fault, "automated decision");
        Assert.Empty(world.Emulator.Rows("hitl_automateddecision"));
    }

    [Fact]
    public void A_second_approval_of_the_same_automated_decision_does_not_overwrite_the_first_review()
    {
        var world = new ApprovalWorld();
        var logged = world.LogAbout("lead", world.LeadId);
        var first = RequestReviewOf(world, logged);
        world.DecideOnForm(world.Owner, first, ApprovalDecision.Approve);
        var review = world.Emulator.Find("hitl_automateddecision", logged)!;
        world.Emulator.Clock.Advance(TimeSpan.FromDays(1));
        var second = RequestReviewOf(world, logged);

        world.DecideOnForm(world.RoleApprover, second, ApprovalDecision.Reject, "DataQuality", "Looked again");

        var after = world.Emulator.Find("hitl_automateddecision", logged)!;
        Assert.Equal(ApprovalStatus.Rejected, world.StatusOf(second));
        Assert.Equal(world.Owner, after.GetAttributeValue<EntityReference>("hitl_reviewedby").Id);
        Assert.Equal(review["hitl_reviewoutcome"], after["hitl_reviewoutcome"]);
        Assert.Equal(review["hitl_reviewedon"], after["hitl_reviewedon"]);
        Assert.Equal(first, after.GetAttributeValue<EntityReference>("hitl_approvalid").Id);
    }

    private static Guid RequestReviewOf(ApprovalWorld world, Guid automatedDecision) =>
        world.As(world.Requester).Create(new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.ScoreOverride.Value),
            ["hitl_automateddecisionid"] = new EntityReference("hitl_automateddecision", automatedDecision),
            ["hitl_evidence"] = "{\"score\":71}",
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        });
}
