using System.ServiceModel;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>What the solution's roles allow on scoring models, and the lead columns' ranges, checked by the emulator.</summary>
public class LeadScoringSecurityTests
{
    [Fact]
    public void An_administrator_writes_models_but_cannot_delete_them()
    {
        var world = new ApprovalWorld();
        var admin = world.Emulator.AddUser("Alma Admin", "alma@contoso.test", null, "HITL Administrator");
        var service = world.As(admin);

        var id = service.Create(Model());
        service.Update(new Entity("hitl_scoringmodel", id) { ["hitl_notes"] = "Budget weighs more" });
        var fault = ProductEmulator.Fault(() => service.Delete("hitl_scoringmodel", id));

        Assert.Contains("prvDeletehitl_ScoringModel", fault.Message);
        Assert.Equal("Budget weighs more", world.Emulator.Find("hitl_scoringmodel", id)!["hitl_notes"]);
    }

    [Theory]
    [InlineData("HITL Approver")]
    [InlineData("HITL Reviewer")]
    public void Approvers_and_reviewers_read_every_model_but_cannot_write_one(string role)
    {
        var world = new ApprovalWorld();
        var id = world.As(world.Requester).Create(Model());
        var user = world.Emulator.AddUser("Val Viewer", "val@contoso.test", null, role);
        var service = world.As(user);

        var models = service.RetrieveMultiple(new QueryExpression("hitl_scoringmodel") { ColumnSet = new ColumnSet("hitl_version") }).Entities;
        var fault = ProductEmulator.Fault(() => service.Update(new Entity("hitl_scoringmodel", id) { ["hitl_version"] = "tampered" }));

        Assert.Equal(id, Assert.Single(models).Id);
        Assert.Contains("prvWritehitl_ScoringModel", fault.Message);
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(Model()));
    }

    [Fact]
    public void A_lead_holds_its_score_grade_reasons_and_review_state()
    {
        var world = new ApprovalWorld();
        var scoredOn = world.Emulator.Clock.UtcNow;

        // As HITL Sales writes them (SYSTEM): users cannot (LeadPipelineTests).
        world.As(world.Emulator.SystemUserId).Update(new Entity("lead", world.LeadId)
        {
            ["hitl_score"] = 100,
            ["hitl_grade"] = new OptionSetValue(741200000),
            ["hitl_scorereasons"] = "[{\"input\":\"budgetamount\",\"contribution\":20}]",
            ["hitl_scoremodelversion"] = "2026.03-1",
            ["hitl_scoredon"] = scoredOn,
            ["hitl_reviewstatus"] = new OptionSetValue(741200001),
            ["hitl_reviewreason"] = "Missing inputs: budgetamount",
        });

        var lead = world.Emulator.Find("lead", world.LeadId)!;
        Assert.Equal(100, lead["hitl_score"]);
        Assert.Equal(741200001, lead.GetAttributeValue<OptionSetValue>("hitl_reviewstatus").Value);
        Assert.Equal("Missing inputs: budgetamount", lead["hitl_reviewreason"]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_score_outside_0_to_100_is_refused(int score)
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.As(world.Emulator.SystemUserId).Update(new Entity("lead", world.LeadId) { ["hitl_score"] = score }));

        Assert.Contains("is outside the valid range(0 to 100)", fault.Message);
        Assert.False(world.Emulator.Find("lead", world.LeadId)!.Contains("hitl_score"));
    }

    [Fact]
    public void A_grade_that_is_not_an_option_is_refused()
    {
        var world = new ApprovalWorld();

        ProductEmulator.Fault(() => world.As(world.Emulator.SystemUserId).Update(new Entity("lead", world.LeadId) { ["hitl_grade"] = new OptionSetValue(741200004) }));

        Assert.False(world.Emulator.Find("lead", world.LeadId)!.Contains("hitl_grade"));
    }

    private static Entity Model() => new("hitl_scoringmodel")
    {
        ["hitl_name"] = "Inbound web leads",
        ["hitl_version"] = "2026.03-1",
        ["hitl_document"] = Hitl.Core.Scoring.DefaultScoringModel.Json,
    };
}
