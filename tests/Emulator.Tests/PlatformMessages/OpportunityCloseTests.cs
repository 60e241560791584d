using Hitl.Emulator.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static Hitl.Emulator.Tests.Support.FixtureSolution;

namespace Hitl.Emulator.Tests.PlatformMessages;

public class OpportunityCloseTests
{
    private static WinOpportunityRequest Win(Guid opportunityId, decimal? revenue = 4200m, int status = 3) => new()
    {
        OpportunityClose = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunityId),
            ["subject"] = "Won against competitor",
            ["actualrevenue"] = revenue is null ? null : new Money(revenue.Value),
            ["actualend"] = new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Utc),
        },
        Status = new OptionSetValue(status),
    };

    [Fact]
    public void Win_closes_the_opportunity_as_won_and_creates_a_completed_opportunityclose()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();

        var response = service.Execute(Win(id));

        Assert.IsType<WinOpportunityResponse>(response);
        var opportunity = emulator.Find("opportunity", id)!;
        Assert.Equal(1, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(4200m, opportunity.GetAttributeValue<Money>("actualvalue").Value);
        Assert.Equal(new DateTime(2025, 3, 14), opportunity.GetAttributeValue<DateTime>("actualclosedate").Date);
        var close = Assert.Single(emulator.Rows("opportunityclose"));
        Assert.Equal(id, close.GetAttributeValue<EntityReference>("opportunityid").Id);
        Assert.Equal(4200m, close.GetAttributeValue<Money>("actualrevenue").Value);
        Assert.Equal("Won against competitor", close.GetAttributeValue<string>("subject"));
        Assert.Equal(1, close.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, close.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Win_runs_its_steps_as_message_Win_on_opportunity_and_the_activity_create_as_a_child()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();

        service.Execute(Win(id));

        foreach (var stage in new[] { 10, 20, 40 })
        {
            var trace = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("Win", "opportunity", stage)));
            Assert.Contains($"Stage={stage};Mode=0;Depth=1;Message=Win;Entity=opportunity", trace);
            Assert.Contains($"PrimaryEntityId={id}", trace);
        }
        Assert.DoesNotContain(emulator.ExecutionLog, e => e.Message == "Lose");
        var child = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("Create", "opportunityclose", 10)));
        Assert.Contains("Depth=2;Message=Create;Entity=opportunityclose", child);
        Assert.Contains("ParentMessage=Win", child);
    }

    [Fact]
    public void Lose_closes_the_opportunity_as_lost_with_the_given_reason_keeping_its_value()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();

        service.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id), ["subject"] = "Lost on price" },
            Status = new OptionSetValue(5),
        });

        var opportunity = emulator.Find("opportunity", id)!;
        Assert.Equal(2, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(5, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(opportunity.Contains("actualvalue"));
        Assert.Equal(emulator.Clock.UtcNow.Date, opportunity.GetAttributeValue<DateTime>("actualclosedate").Date);
        Assert.Single(emulator.Rows("opportunityclose"));
        Assert.Contains("Message=Lose;Entity=opportunity", string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("Lose", "opportunity", 40))));
    }

    [Fact]
    public void A_closed_opportunity_reopens_with_SetState_and_can_then_be_won()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();
        service.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            Status = new OptionSetValue(4),
        });

        service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", id), State = new OptionSetValue(0), Status = new OptionSetValue(2) });
        Assert.Equal(0, emulator.Find("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        service.Execute(Win(id));

        Assert.Equal(1, emulator.Find("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, emulator.Rows("opportunityclose").Count);
    }

    [Fact]
    public void Winning_an_already_won_opportunity_is_refused_and_writes_nothing()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();
        service.Execute(Win(id));
        var before = emulator.Find("opportunity", id)!.RowVersion;

        var fault = Fault(() => service.Execute(Win(id, revenue: 1m)));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("Cannot win the opportunity", fault.Message);
        Assert.Contains("Won", fault.Message);
        Assert.Equal(before, emulator.Find("opportunity", id)!.RowVersion);
        Assert.Single(emulator.Rows("opportunityclose"));
    }

    [Fact]
    public void Refusals_name_the_missing_parameter_the_wrong_status_or_the_missing_row()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var id = service.Opportunity();

        var noClose = Fault(() => service.Execute(new WinOpportunityRequest { Status = new OptionSetValue(3) }));
        var noOpportunity = Fault(() => service.Execute(new WinOpportunityRequest { OpportunityClose = new Entity("opportunityclose"), Status = new OptionSetValue(3) }));
        var lostStatusOnWin = Fault(() => service.Execute(Win(id, status: 4)));
        var missing = Fault(() => service.Execute(Win(Guid.NewGuid())));

        Assert.Contains("'OpportunityClose'", noClose.Message);
        Assert.Contains("'opportunityid'", noOpportunity.Message);
        Assert.Contains("4 is not a valid status code for state code 1", lostStatusOnWin.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
        Assert.Equal(0, emulator.Find("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Empty(emulator.Rows("opportunityclose"));
    }

    [Fact]
    public void A_failing_Win_step_rolls_back_the_activity_and_the_state_change()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("Win", "opportunity");
        var service = emulator.CreateService();
        var id = service.Opportunity();

        var fault = Fault(() => service.Execute(Win(id)));

        Assert.Equal(ErrorCodes.IsvAborted, fault.ErrorCode);
        Assert.Equal("Refused by a Win step.", fault.Message);
        Assert.Equal(0, emulator.Find("opportunity", id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Empty(emulator.Rows("opportunityclose"));
    }

    [Fact]
    public void Winning_needs_write_on_the_opportunity()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var id = emulator.CreateService().Opportunity();
        var user = emulator.AddUser("No Roles");

        var fault = Fault(() => emulator.CreateService(user).Execute(Win(id)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvWriteOpportunity", fault.Message);
        Assert.Empty(emulator.Rows("opportunityclose"));
    }
}
