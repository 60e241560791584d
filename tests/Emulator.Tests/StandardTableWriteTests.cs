using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

/// <summary>Writes to the system tables respect their standard metadata (SystemTables.xml, from Microsoft's table reference).</summary>
public class StandardTableWriteTests
{
    [Fact]
    public void An_opportunity_close_subject_longer_than_200_characters_is_refused()
    {
        var service = FixtureSolution.NewEmulator().CreateService();

        var fault = FixtureSolution.Fault(() => service.Create(new Entity("opportunityclose") { ["subject"] = new string('s', 201) }));

        Assert.Equal(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
        Assert.Equal("A validation error occurred. The length of the 'subject' attribute of the 'opportunityclose' entity exceeded the maximum allowed length of '200'.", fault.Message);
    }

    [Fact]
    public void A_lead_status_reason_of_another_state_is_refused()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var lead = service.Create(new Entity("lead") { ["subject"] = "Interested", ["lastname"] = "Doe" });

        // 3 (Qualified) belongs to the Qualified state, not to Disqualified.
        var fault = FixtureSolution.Fault(() => service.Update(new Entity("lead", lead) { ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(3) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("3 is not a valid status code for state code leadState.2", fault.Message);
        Assert.Equal(0, service.Retrieve("lead", lead, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void An_email_moved_to_completed_takes_the_state_default_status_reason()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var email = service.Create(new Entity("email") { ["subject"] = "Hello" });

        service.Update(new Entity("email", email) { ["statecode"] = new OptionSetValue(1) });

        // Email's Completed state names 2 (Completed) as its default status, per the Email table reference.
        Assert.Equal(2, service.Retrieve("email", email, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void An_industry_outside_the_reference_choices_is_refused()
    {
        var service = FixtureSolution.NewEmulator().CreateService();

        var fault = FixtureSolution.Fault(() => service.Create(new Entity("lead") { ["subject"] = "s", ["lastname"] = "Doe", ["industrycode"] = new OptionSetValue(34) }));

        Assert.Equal(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
    }
}
