using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>
/// Fail safe (issue 8, point 5) for the APIs: an active model that no longer validates (here: an admin declared the
/// column it reads a protected attribute) scores nothing, and the APIs say so instead of falling back to another model.
/// </summary>
public class InvalidActiveModelTests
{
    private readonly ApprovalWorld world = new();

    public InvalidActiveModelTests()
    {
        var model = world.As(world.Requester).Create(new Entity("hitl_scoringmodel") { ["hitl_name"] = "Referrals first", ["hitl_version"] = "ref-1", ["hitl_document"] = LeadApis.ReferralModel });
        world.As(world.Requester).Update(new Entity("hitl_scoringmodel", model) { ["hitl_status"] = new OptionSetValue(741200001) });
        var approval = world.Emulator.Rows("hitl_approval").Single(a => a.GetAttributeValue<EntityReference>("hitl_scoringmodelid")?.Id == model).Id;
        world.DecideOnForm(world.Manager, approval, ApprovalDecision.Approve);
        world.Configure("hitl_ProtectedAttributes", "[\"leadsourcecode\"]");
    }

    [Fact]
    public void Scoring_a_lead_is_refused_naming_the_fault_and_a_draft_still_can_be_tried()
    {
        var lead = world.AddPlainLead(source: 2);

        var fault = ProductEmulator.Fault(() => world.ScoreLead(world.Seller, lead));
        var draft = world.ScoreLead(world.Seller, lead, LeadApis.ReferralModel.Replace("leadsourcecode", "leadqualitycode"));

        Refusals.AssertClear(fault, "The lead cannot be scored", "The active scoring model", "is not valid");
        Assert.Equal(10, draft["Score"]);
    }

    [Fact]
    public void Rescoring_is_refused_and_writes_nothing()
    {
        var lead = world.AddPlainLead(source: 2);

        var fault = ProductEmulator.Fault(() => world.Rescore(world.Owner));

        Refusals.AssertClear(fault, "Leads cannot be rescored", "is not valid");
        Assert.False(world.Emulator.Find("lead", lead)!.Contains("hitl_score"));
    }
}
