using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>The reviewer's decision routes the lead: approve as proposed, reject to keep it, reject to disqualify it; the log records who reviewed.</summary>
public class LeadReviewOutcomeTests
{
    [Fact]
    public void Approving_routes_the_lead_to_the_proposed_team_and_records_the_review_on_the_decision()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());

        var review = world.Decide(id, ApprovalDecision.Approve);

        Assert.Equal(new EntityReference("team", world.InsideSalesTeam), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(LeadWorld.Reviewed, world.ReviewStatus(id));
        var logged = Assert.Single(world.Decisions(id));
        Assert.Equal(review, logged.GetAttributeValue<EntityReference>("hitl_approvalid").Id);
        Assert.Equal(world.World.Approval(review).GetAttributeValue<EntityReference>("hitl_decidedby").Id, logged.GetAttributeValue<EntityReference>("hitl_reviewedby").Id);
        Assert.Equal("Approved", logged["hitl_reviewoutcome"]);
    }

    [Fact]
    public void Rejecting_keeps_the_lead_with_its_owner_as_an_override()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());

        var review = world.Decide(id, ApprovalDecision.Reject, "CustomerContext");

        Assert.Equal(new EntityReference("systemuser", world.World.Seller), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(LeadWorld.Reviewed, world.ReviewStatus(id));
        Assert.Equal(0, world.Lead(id).GetAttributeValue<OptionSetValue>("statecode").Value);
        var approval = world.World.Approval(review);
        Assert.NotEqual(approval.GetAttributeValue<OptionSetValue>("hitl_recommendation").Value, approval.GetAttributeValue<OptionSetValue>("hitl_decision").Value);
        Assert.Equal("Rejected (CustomerContext)", Assert.Single(world.Decisions(id))["hitl_reviewoutcome"]);
    }

    [Fact]
    public void Rejecting_with_a_user_in_Assign_Lead_To_assigns_the_lead_to_that_user()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        var review = Assert.Single(world.Reviews(id));
        var decider = review.GetAttributeValue<EntityReference>("ownerid").Id;

        world.World.As(decider).Update(new Entity("hitl_approval", review.Id)
        {
            ["hitl_decision"] = new OptionSetValue((int)ApprovalDecision.Reject),
            ["hitl_reasoncode"] = "CustomerContext",
            ["hitl_decisionreason"] = "Oscar already works with this company",
            ["hitl_assigntoid"] = new EntityReference("systemuser", world.World.Owner),
        });

        Assert.Equal(new EntityReference("systemuser", world.World.Owner), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(LeadWorld.Reviewed, world.ReviewStatus(id));
    }

    [Fact]
    public void Rejecting_with_the_Disqualify_code_disqualifies_the_lead_with_the_reason()
    {
        var world = new LeadWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalReasonCodes", "[\"Disqualify\",\"Other\"]");
        var id = world.Seller.Create(LeadWorld.InReviewBand());

        world.Decide(id, ApprovalDecision.Reject, "Disqualify", "Student project, no budget");

        var lead = world.Lead(id);
        Assert.Equal(2, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(LeadWorld.Reviewed, world.ReviewStatus(id));
        Assert.Equal("Disqualified in review: Student project, no budget", lead["hitl_reviewreason"]);
        Assert.Equal(new EntityReference("systemuser", world.World.Seller), lead.GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public void A_cancelled_review_leaves_the_lead_waiting_with_its_owner()
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        var review = Assert.Single(world.Reviews(id));

        // The seller asked for it (the lead create started the request), so the seller may withdraw it.
        world.Seller.Update(new Entity("hitl_approval", review.Id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });

        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
        Assert.Equal(new EntityReference("systemuser", world.World.Seller), world.Lead(id).GetAttributeValue<EntityReference>("ownerid"));
    }
}
