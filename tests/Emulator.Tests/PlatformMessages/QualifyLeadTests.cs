using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static Hitl.Emulator.Tests.Support.FixtureSolution;

namespace Hitl.Emulator.Tests.PlatformMessages;

public class QualifyLeadTests
{
    private static QualifyLeadRequest Qualify(Guid leadId, bool account = true, bool contact = true, bool opportunity = true) => new()
    {
        LeadId = new EntityReference("lead", leadId),
        CreateAccount = account,
        CreateContact = contact,
        CreateOpportunity = opportunity,
        Status = new OptionSetValue(3),
    };

    [Fact]
    public void QualifyLead_creates_the_rows_asked_for_mapped_from_the_lead_and_qualifies_it()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var leadId = service.Lead();

        var response = (QualifyLeadResponse)service.Execute(Qualify(leadId));

        Assert.Equal(new[] { "account", "contact", "opportunity" }, response.CreatedEntities.Select(e => e.LogicalName));
        var account = emulator.Find("account", response.CreatedEntities[0].Id)!;
        var contact = emulator.Find("contact", response.CreatedEntities[1].Id)!;
        var opportunity = emulator.Find("opportunity", response.CreatedEntities[2].Id)!;
        Assert.Equal("Contoso", account.GetAttributeValue<string>("name"));
        Assert.Equal("avery@contoso.test", account.GetAttributeValue<string>("emailaddress1"));
        Assert.Equal(leadId, account.GetAttributeValue<EntityReference>("originatingleadid").Id);
        Assert.Equal(("Avery", "Lee", "Buyer"), (contact.GetAttributeValue<string>("firstname"), contact.GetAttributeValue<string>("lastname"), contact.GetAttributeValue<string>("jobtitle")));
        Assert.Equal(account.Id, contact.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        Assert.Equal(leadId, contact.GetAttributeValue<EntityReference>("originatingleadid").Id);
        Assert.Equal("Interested in widgets", opportunity.GetAttributeValue<string>("name"));
        Assert.Equal(1200m, opportunity.GetAttributeValue<Money>("estimatedvalue").Value);
        Assert.Equal(account.Id, opportunity.GetAttributeValue<EntityReference>("customerid").Id);
        Assert.Equal(leadId, opportunity.GetAttributeValue<EntityReference>("originatingleadid").Id);
        var lead = emulator.Find("lead", leadId)!;
        Assert.Equal(1, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(opportunity.Id, lead.GetAttributeValue<EntityReference>("qualifyingopportunityid").Id);
    }

    [Fact]
    public void Only_the_rows_asked_for_are_created_and_the_opportunity_takes_the_given_customer()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var leadId = service.Lead(company: null);
        var customer = service.Contact();
        var request = Qualify(leadId, account: false, contact: false);
        request.OpportunityCustomerId = new EntityReference("contact", customer);

        var response = (QualifyLeadResponse)service.Execute(request);

        var created = Assert.Single(response.CreatedEntities);
        Assert.Equal(customer, emulator.Find("opportunity", created.Id)!.GetAttributeValue<EntityReference>("customerid").Id);
        Assert.Empty(emulator.Rows("account"));
        Assert.Single(emulator.Rows("contact"));
    }

    [Fact]
    public void QualifyLead_steps_see_the_message_on_lead_and_the_child_creates_run_at_depth_two()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var leadId = service.Lead();

        service.Execute(Qualify(leadId, account: false, contact: false));

        var post = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("QualifyLead", "lead", 40)));
        Assert.Contains("Stage=40;Mode=0;Depth=1;Message=QualifyLead;Entity=lead", post);
        Assert.Contains($"PrimaryEntityId={leadId}", post);
        var child = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("Create", "opportunity", 10)));
        Assert.Contains("Stage=10;Mode=0;Depth=2;Message=Create;Entity=opportunity;InTransaction=True", child);
        Assert.Contains("ParentMessage=QualifyLead", child);
    }

    [Fact]
    public void Disqualifying_is_SetState_to_disqualified_with_its_reason()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var leadId = service.Lead();

        service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("lead", leadId), State = new OptionSetValue(2), Status = new OptionSetValue(6) });

        var lead = emulator.Find("lead", leadId)!;
        Assert.Equal(2, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(6, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
        var fault = Fault(() => service.Execute(Qualify(leadId)));
        Assert.Contains("Cannot qualify the lead", fault.Message);
        Assert.Contains("Disqualified", fault.Message);
    }

    [Fact]
    public void Refusals_write_nothing()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var leadId = service.Lead(company: null);

        var noLead = Fault(() => service.Execute(new QualifyLeadRequest { Status = new OptionSetValue(3) }));
        var wrongStatus = Fault(() => service.Execute(new QualifyLeadRequest { LeadId = new EntityReference("lead", leadId), Status = new OptionSetValue(1) }));
        var noCompany = Fault(() => service.Execute(Qualify(leadId)));
        var missing = Fault(() => service.Execute(Qualify(Guid.NewGuid())));

        Assert.Contains("'LeadId'", noLead.Message);
        Assert.Contains("1 is not a valid status code for state code 1", wrongStatus.Message);
        Assert.Contains("company name", noCompany.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
        Assert.Empty(emulator.Rows("account"));
        Assert.Empty(emulator.Rows("opportunity"));
        Assert.Equal(0, emulator.Find("lead", leadId)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void A_failing_QualifyLead_step_rolls_back_the_created_rows()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("QualifyLead", "lead");
        var service = emulator.CreateService();
        var leadId = service.Lead();

        var fault = Fault(() => service.Execute(Qualify(leadId)));

        Assert.Equal("Refused by a QualifyLead step.", fault.Message);
        Assert.Empty(emulator.Rows("account"));
        Assert.Empty(emulator.Rows("contact"));
        Assert.Empty(emulator.Rows("opportunity"));
        Assert.Equal(0, emulator.Find("lead", leadId)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Creating_the_account_needs_create_on_account_even_with_write_on_the_lead()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var leadId = emulator.CreateService().Lead();
        var user = emulator.AddUser("Lead Person", roles: "Lead Qualifier");

        var fault = Fault(() => emulator.CreateService(user).Execute(Qualify(leadId, contact: false, opportunity: false)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvCreateAccount", fault.Message);
        Assert.Empty(emulator.Rows("account"));
        Assert.Equal(0, emulator.Find("lead", leadId)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Qualifying_needs_write_on_the_lead()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var leadId = emulator.CreateService().Lead();
        var user = emulator.AddUser("No Roles");

        var fault = Fault(() => emulator.CreateService(user).Execute(Qualify(leadId, account: false, contact: false, opportunity: false)));

        Assert.Contains("prvWriteLead", fault.Message);
    }
}
