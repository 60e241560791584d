using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static Hitl.Emulator.Tests.Support.FixtureSolution;

namespace Hitl.Emulator.Tests.PlatformMessages;

public class SendEmailTests
{
    private static Entity Party(string table, Guid id) => new("activityparty") { ["partyid"] = new EntityReference(table, id) };

    private static Guid Email(IOrganizationService service, params (string Column, string Table, Guid Id)[] parties)
    {
        var email = new Entity("email") { ["subject"] = "Your quote" };
        foreach (var group in parties.GroupBy(p => p.Column))
            email[group.Key] = new EntityCollection(group.Select(p => Party(p.Table, p.Id)).ToList());
        return service.Create(email);
    }

    [Fact]
    public void Send_writes_the_recipients_as_activity_parties_and_marks_the_email_sent()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var lead = service.Lead();
        var contact = service.Contact();
        var other = service.Contact("Park");
        var emailId = Email(service, ("to", "lead", lead), ("cc", "contact", contact), ("bcc", "contact", other));

        var response = (SendEmailResponse)service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = false, TrackingToken = "CRM:0001" });

        Assert.Equal("Your quote CRM:0001", response.Subject);
        var email = emulator.Find("email", emailId)!;
        Assert.Equal(1, email.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, email.GetAttributeValue<OptionSetValue>("statuscode").Value);
        var parties = emulator.Rows("activityparty")
            .Select(p => (p.GetAttributeValue<EntityReference>("partyid").LogicalName, p.GetAttributeValue<EntityReference>("partyid").Id,
                p.GetAttributeValue<OptionSetValue>("participationtypemask").Value, p.GetAttributeValue<EntityReference>("activityid").Id))
            .OrderBy(p => p.Value).ToList();
        Assert.Equal(new[] { ("lead", lead, 2, emailId), ("contact", contact, 3, emailId), ("contact", other, 4, emailId) }, parties);
    }

    [Fact]
    public void IssueSend_leaves_the_email_pending_send_for_the_mail_server()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var emailId = Email(service, ("to", "contact", service.Contact()));

        service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = true, TrackingToken = "" });

        var email = emulator.Find("email", emailId)!;
        Assert.Equal(6, email.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal("Your quote", email.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void Send_steps_see_message_Send_on_email_with_pre_and_post_images()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var emailId = Email(service, ("to", "contact", service.Contact()));

        service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = false, TrackingToken = "CRM:0002" });

        var trace = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("Send", "email", 40)));
        Assert.Contains("Stage=40;Mode=0;Depth=1;Message=Send;Entity=email", trace);
        // activityid is the email's primary key, which every image carries.
        Assert.Contains($"Pre:PreImage=activityid:{emailId},statecode:0,subject:Your quote", trace);
        Assert.Contains($"Post:PostImage=activityid:{emailId},statecode:1,subject:Your quote CRM:0002", trace);
    }

    [Fact]
    public void Refusals_write_nothing()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var noRecipient = Email(service);
        var sent = Email(service, ("to", "contact", service.Contact()));
        service.Execute(new SendEmailRequest { EmailId = sent, IssueSend = false });

        var noId = Fault(() => service.Execute(new SendEmailRequest { IssueSend = true }));
        var noIssueSend = Fault(() => service.Execute(new OrganizationRequest("SendEmail") { ["EmailId"] = noRecipient }));
        var empty = Fault(() => service.Execute(new SendEmailRequest { EmailId = noRecipient, IssueSend = false }));
        var again = Fault(() => service.Execute(new SendEmailRequest { EmailId = sent, IssueSend = false }));
        var missing = Fault(() => service.Execute(new SendEmailRequest { EmailId = Guid.NewGuid(), IssueSend = false }));

        Assert.Contains("'EmailId'", noId.Message);
        Assert.Contains("'IssueSend'", noIssueSend.Message);
        Assert.Contains("at least one recipient", empty.Message);
        Assert.Contains("Cannot send the e-mail", again.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
        Assert.Equal(0, emulator.Find("email", noRecipient)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Single(emulator.Rows("activityparty"));
    }

    [Fact]
    public void A_failing_Send_step_rolls_back_the_parties_and_the_state()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("Send", "email");
        var service = emulator.CreateService();
        var emailId = Email(service, ("to", "contact", service.Contact()));

        var fault = Fault(() => service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = false }));

        Assert.Equal("Refused by a Send step.", fault.Message);
        Assert.Empty(emulator.Rows("activityparty"));
        Assert.Equal(0, emulator.Find("email", emailId)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }
}
