using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

/// <summary>The sales and marketing messages of Microsoft.Crm.Sdk.Proxy: parameter names and types as the platform reads them.</summary>
public class SalesMessageTests
{
    [Fact]
    public void Win_and_lose_carry_the_opportunity_close_and_status()
    {
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", Guid.NewGuid()) };

        var win = new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) };
        var lose = new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(4) };

        Assert.Same(close, win.Parameters["OpportunityClose"]);
        Assert.Equal(new OptionSetValue(3), win.Parameters["Status"]);
        Assert.Same(close, lose.OpportunityClose);
        Assert.Equal(4, lose.Status.Value);
    }

    [Fact]
    public void QualifyLead_carries_every_parameter_under_its_platform_name()
    {
        var lead = new EntityReference("lead", Guid.NewGuid());
        var currency = new EntityReference("transactioncurrency", Guid.NewGuid());
        var customer = new EntityReference("account", Guid.NewGuid());
        var campaign = new EntityReference("campaign", Guid.NewGuid());
        var process = new EntityReference("leadtoopportunitysalesprocess", Guid.NewGuid());

        var request = new QualifyLeadRequest
        {
            LeadId = lead, CreateAccount = true, CreateContact = false, CreateOpportunity = true,
            OpportunityCurrencyId = currency, OpportunityCustomerId = customer, SourceCampaignId = campaign,
            Status = new OptionSetValue(3), ProcessInstanceId = process,
        };

        Assert.Same(lead, request.Parameters["LeadId"]);
        Assert.Equal(true, request.Parameters["CreateAccount"]);
        Assert.Equal(false, request.Parameters["CreateContact"]);
        Assert.Equal(true, request.Parameters["CreateOpportunity"]);
        Assert.Same(currency, request.Parameters["OpportunityCurrencyId"]);
        Assert.Same(customer, request.Parameters["OpportunityCustomerId"]);
        Assert.Same(campaign, request.Parameters["SourceCampaignId"]);
        Assert.Equal(new OptionSetValue(3), request.Parameters["Status"]);
        Assert.Same(process, request.Parameters["ProcessInstanceId"]);
    }

    [Fact]
    public void SendEmail_and_list_requests_carry_guids_flags_and_member_ids()
    {
        var email = Guid.NewGuid();
        var list = Guid.NewGuid();
        var member = Guid.NewGuid();
        var members = new[] { member, Guid.NewGuid() };

        var send = new SendEmailRequest { EmailId = email, IssueSend = true, TrackingToken = "CRM:0001" };
        var add = new AddMemberListRequest { ListId = list, EntityId = member };
        var addMany = new AddListMembersListRequest { ListId = list, MemberIds = members };

        Assert.Equal(email, send.Parameters["EmailId"]);
        Assert.Equal(true, send.Parameters["IssueSend"]);
        Assert.Equal("CRM:0001", send.Parameters["TrackingToken"]);
        Assert.Equal(list, add.Parameters["ListId"]);
        Assert.Equal(member, add.Parameters["EntityId"]);
        Assert.Same(members, addMany.Parameters["MemberIds"]);
    }

    [Fact]
    public void Absent_parameters_and_results_read_as_default()
    {
        Assert.False(new QualifyLeadRequest().CreateAccount);
        Assert.Null(new QualifyLeadRequest().LeadId);
        Assert.Equal(Guid.Empty, new SendEmailRequest().EmailId);
        Assert.False(new SendEmailRequest().IssueSend);
        Assert.Null(new AddListMembersListRequest().MemberIds);
        Assert.Null(new WinOpportunityRequest().OpportunityClose);
        Assert.Null(new QualifyLeadResponse().CreatedEntities);
        Assert.Null(new SendEmailResponse().Subject);
        Assert.Equal(Guid.Empty, new AddMemberListResponse().Id);
        Assert.Empty(new QualifyLeadRequest().Parameters);
    }

    [Fact]
    public void Responses_read_the_named_results()
    {
        var created = new EntityReferenceCollection { new EntityReference("account", Guid.NewGuid()) };
        var id = Guid.NewGuid();
        var qualify = new QualifyLeadResponse();
        qualify.Results["CreatedEntities"] = created;
        var send = new SendEmailResponse();
        send.Results["Subject"] = "Quote CRM:0001";
        var add = new AddMemberListResponse();
        add.Results["Id"] = id;

        Assert.Same(created, qualify.CreatedEntities);
        Assert.Equal("Quote CRM:0001", send.Subject);
        Assert.Equal(id, add.Id);
    }
}
