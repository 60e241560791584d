using Hitl.Core.Leads;
using Hitl.Core.Leads.Routing;
using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Leads;

public class LeadRoutingActionTests
{
    private static readonly LeadRoute Clear = new(LeadGrade.B, "Inside Sales", Array.Empty<string>());
    private static readonly LeadRoute Ambiguous = new(LeadGrade.B, "Inside Sales", new[] { "Score 55 is in the review band 40–60" });

    [Fact]
    public void A_new_lead_is_routed_when_clear_and_reviewed_otherwise()
    {
        Assert.Equal(LeadRoutingAction.RouteAutomatically, LeadRoutingActions.For(null, Clear));
        Assert.Equal(LeadRoutingAction.RequestReview, LeadRoutingActions.For(null, Ambiguous));
    }

    [Fact]
    public void A_lead_waiting_for_review_keeps_waiting_even_when_a_rescore_is_clear()
    {
        Assert.Equal(LeadRoutingAction.RequestReview, LeadRoutingActions.For(LeadReviewStatus.PendingReview, Clear));
    }

    [Theory]
    [InlineData(LeadReviewStatus.RoutedAutomatically)]
    [InlineData(LeadReviewStatus.Reviewed)]
    [InlineData(LeadReviewStatus.NotNeeded)]
    public void A_routed_or_reviewed_lead_keeps_its_owner(LeadReviewStatus current)
    {
        Assert.Equal(LeadRoutingAction.KeepOwner, LeadRoutingActions.For(current, Ambiguous));
        Assert.Equal(LeadReviewStatus.NotNeeded, LeadRoutingActions.StatusFor(LeadRoutingAction.KeepOwner));
    }

    [Fact]
    public void A_missing_team_adds_a_reason_and_drops_nothing()
    {
        var route = Clear.WithReviewReason("The owner team of grade B does not exist (hitl_LeadGradeRoutes)");

        Assert.True(route.NeedsReview);
        Assert.Equal("Inside Sales", route.ProposedTeam);
        Assert.Empty(Clear.ReviewReasons);
    }

    [Fact]
    public void Logged_inputs_keep_features_but_only_the_presence_of_contact_details()
    {
        var inputs = LeadDecisionInputs.From(new Dictionary<string, object?>
        {
            ["budgetamount"] = 50000m,
            ["emailaddress1"] = "ada@engines.test",
            ["telephone1"] = " ",
            ["address1_city"] = null,
        });

        Assert.Equal(50000m, inputs["budgetamount"]);
        Assert.Equal(true, inputs["has_emailaddress1"]);
        Assert.Equal(false, inputs["has_telephone1"]);
        Assert.Equal(false, inputs["has_address1_city"]);
        Assert.DoesNotContain("emailaddress1", inputs.Keys);
        Assert.Empty(Hitl.Core.Decisions.PersonalDataPolicy.FindPersonalDataKeys(Newtonsoft.Json.Linq.JObject.FromObject(inputs)));
    }
}
