using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>Users cannot write the scoring columns: the refusal says what to do instead and nothing is saved.</summary>
public class LeadScoringColumnsTests
{
    [Fact]
    public void A_user_creating_a_lead_with_a_score_is_refused()
    {
        var world = new LeadWorld();
        var lead = LeadWorld.ClearGradeB();
        lead["hitl_score"] = 99;

        var fault = ProductEmulator.Fault(() => world.Seller.Create(lead));

        Assert.Contains("hitl_score are set by HITL Sales", fault.Message);
        Assert.DoesNotContain(world.Emulator.Rows("lead"), r => r.GetAttributeValue<string>("lastname") == "Lovelace");
    }

    [Theory]
    [InlineData("hitl_reviewstatus")]
    [InlineData("hitl_grade")]
    [InlineData("hitl_scoremodelversion")]
    public void A_user_updating_a_scoring_column_is_refused(string column)
    {
        var world = new LeadWorld();
        var id = world.Seller.Create(LeadWorld.InReviewBand());
        object value = column == "hitl_scoremodelversion" ? "mine" : new OptionSetValue(741200002);

        var fault = ProductEmulator.Fault(() => world.Seller.Update(new Entity("lead", id) { [column] = value }));

        Assert.Contains($"{column} are set by HITL Sales", fault.Message);
        Assert.Contains("decide its lead review approval", fault.Message);
        Assert.Equal(LeadWorld.PendingReview, world.ReviewStatus(id));
    }
}
