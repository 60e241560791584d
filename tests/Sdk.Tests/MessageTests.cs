using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

public class MessageTests
{
    public static TheoryData<Type, string> Messages => new()
    {
        { typeof(CreateRequest), "Create" }, { typeof(RetrieveRequest), "Retrieve" }, { typeof(UpdateRequest), "Update" },
        { typeof(DeleteRequest), "Delete" }, { typeof(RetrieveMultipleRequest), "RetrieveMultiple" }, { typeof(UpsertRequest), "Upsert" },
        { typeof(AssociateRequest), "Associate" }, { typeof(DisassociateRequest), "Disassociate" },
        { typeof(ExecuteMultipleRequest), "ExecuteMultiple" }, { typeof(ExecuteTransactionRequest), "ExecuteTransaction" },
        { typeof(CreateMultipleRequest), "CreateMultiple" }, { typeof(UpdateMultipleRequest), "UpdateMultiple" },
        { typeof(WhoAmIRequest), "WhoAmI" }, { typeof(SetStateRequest), "SetState" }, { typeof(AssignRequest), "Assign" },
        { typeof(WinOpportunityRequest), "WinOpportunity" }, { typeof(LoseOpportunityRequest), "LoseOpportunity" },
        { typeof(QualifyLeadRequest), "QualifyLead" }, { typeof(SendEmailRequest), "SendEmail" },
        { typeof(AddMemberListRequest), "AddMemberList" }, { typeof(AddListMembersListRequest), "AddListMembersList" },
        { typeof(CreateResponse), "Create" }, { typeof(RetrieveResponse), "Retrieve" }, { typeof(UpdateResponse), "Update" },
        { typeof(DeleteResponse), "Delete" }, { typeof(RetrieveMultipleResponse), "RetrieveMultiple" }, { typeof(UpsertResponse), "Upsert" },
        { typeof(AssociateResponse), "Associate" }, { typeof(DisassociateResponse), "Disassociate" },
        { typeof(ExecuteMultipleResponse), "ExecuteMultiple" }, { typeof(ExecuteTransactionResponse), "ExecuteTransaction" },
        { typeof(CreateMultipleResponse), "CreateMultiple" }, { typeof(UpdateMultipleResponse), "UpdateMultiple" },
        { typeof(WhoAmIResponse), "WhoAmI" }, { typeof(SetStateResponse), "SetState" }, { typeof(AssignResponse), "Assign" },
        { typeof(WinOpportunityResponse), "WinOpportunity" }, { typeof(LoseOpportunityResponse), "LoseOpportunity" },
        { typeof(QualifyLeadResponse), "QualifyLead" }, { typeof(SendEmailResponse), "SendEmail" },
        { typeof(AddMemberListResponse), "AddMemberList" }, { typeof(AddListMembersListResponse), "AddListMembersList" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Parameterless_constructor_sets_the_message_name(Type messageType, string expected)
    {
        object message = Activator.CreateInstance(messageType)!;

        string? actual = message is OrganizationRequest request ? request.RequestName : ((OrganizationResponse)message).ResponseName;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Request_properties_read_and_write_the_named_parameters()
    {
        var target = new Entity("account");
        var reference = new EntityReference("account", Guid.NewGuid());
        var columns = new ColumnSet("name");
        var query = new QueryExpression("account");

        var create = new CreateRequest { Target = target };
        var retrieve = new RetrieveRequest { Target = reference, ColumnSet = columns, ReturnNotifications = true };
        var update = new UpdateRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };
        var delete = new DeleteRequest { Target = reference, ConcurrencyBehavior = ConcurrencyBehavior.AlwaysOverwrite };
        var multiple = new RetrieveMultipleRequest { Query = query };

        Assert.Same(target, create.Parameters["Target"]);
        Assert.Same(reference, retrieve["Target"]);
        Assert.Same(columns, retrieve.Parameters["ColumnSet"]);
        Assert.Equal(true, retrieve.Parameters["ReturnNotifications"]);
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, update.Parameters["ConcurrencyBehavior"]);
        Assert.Equal(ConcurrencyBehavior.AlwaysOverwrite, delete.ConcurrencyBehavior);
        Assert.Same(query, multiple.Parameters["Query"]);
    }

    [Fact]
    public void Request_properties_read_parameters_set_by_name()
    {
        var relationship = new Relationship("hitl_approval_account");
        var related = new EntityReferenceCollection { new EntityReference("account", Guid.NewGuid()) };
        var associate = new AssociateRequest();
        associate.Parameters["Relationship"] = relationship;
        associate["RelatedEntities"] = related;

        Assert.Same(relationship, associate.Relationship);
        Assert.Same(related, associate.RelatedEntities);
    }

    [Fact]
    public void Absent_parameters_read_as_default()
    {
        Assert.Null(new CreateRequest().Target);
        Assert.Equal(ConcurrencyBehavior.Default, new UpdateRequest().ConcurrencyBehavior);
        Assert.False(new RetrieveRequest().ReturnNotifications);
        Assert.Null(new ExecuteTransactionRequest().ReturnResponses);
        Assert.Empty(new CreateRequest().Parameters);
        Assert.Equal(Guid.Empty, new CreateResponse().id);
        Assert.Equal(Guid.Empty, new WhoAmIResponse().UserId);
        Assert.False(new UpsertResponse().RecordCreated);
        Assert.Null(new RetrieveMultipleResponse().EntityCollection);
    }

    [Fact]
    public void CreateResponse_exposes_the_new_id_as_lower_case_id()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();
        response.Results["id"] = id;

        Assert.Equal(id, response.id);
        Assert.NotNull(typeof(CreateResponse).GetProperty("id"));
        Assert.Null(typeof(CreateResponse).GetProperty("Id"));
    }

    [Fact]
    public void Response_properties_read_the_named_results()
    {
        var userId = Guid.NewGuid();
        var whoAmI = new WhoAmIResponse { Results = new ParameterCollection { { "UserId", userId }, { "BusinessUnitId", Guid.Empty }, { "OrganizationId", userId } } };
        var upsert = new UpsertResponse();
        upsert["RecordCreated"] = true;
        upsert["Target"] = new EntityReference("account", userId);
        var entity = new Entity("account");
        var retrieve = new RetrieveResponse();
        retrieve.Results["Entity"] = entity;
        var multiple = new ExecuteMultipleResponse();
        multiple.Results["IsFaulted"] = true;
        multiple.Results["Responses"] = new ExecuteMultipleResponseItemCollection { new ExecuteMultipleResponseItem { RequestIndex = 3 } };
        var bulk = new CreateMultipleResponse();
        bulk.Results["Ids"] = new[] { userId };

        Assert.Equal(userId, whoAmI.UserId);
        Assert.Equal(userId, whoAmI.OrganizationId);
        Assert.True(upsert.RecordCreated);
        Assert.Equal(new EntityReference("account", userId), upsert.Target);
        Assert.Same(entity, retrieve.Entity);
        Assert.True(multiple.IsFaulted);
        Assert.Equal(3, Assert.Single(multiple.Responses).RequestIndex);
        Assert.Equal(new[] { userId }, bulk.Ids);
    }

    [Fact]
    public void Batch_and_proxy_requests_carry_their_parameters()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest(), new UpdateRequest() };
        var execute = new ExecuteMultipleRequest { Requests = requests, Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true } };
        var transaction = new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true };
        var moniker = new EntityReference("hitl_approval", Guid.NewGuid());
        var setState = new SetStateRequest { EntityMoniker = moniker, State = new OptionSetValue(1), Status = new OptionSetValue(2) };
        var assign = new AssignRequest { Target = moniker, Assignee = new EntityReference("systemuser", Guid.NewGuid()) };
        var targets = new EntityCollection { EntityName = "account" };

        Assert.Same(requests, execute.Parameters["Requests"]);
        Assert.True(execute.Settings.ContinueOnError);
        Assert.Equal(true, transaction.Parameters["ReturnResponses"]);
        Assert.Equal(new OptionSetValue(2), setState.Parameters["Status"]);
        Assert.Same(moniker, setState.EntityMoniker);
        Assert.Equal("systemuser", assign.Assignee.LogicalName);
        Assert.Same(targets, new CreateMultipleRequest { Targets = targets }.Parameters["Targets"]);
        Assert.Same(targets, new UpdateMultipleRequest { Targets = targets }.Targets);
    }

    [Fact]
    public void Generic_requests_and_responses_expose_parameters_through_indexers()
    {
        var request = new OrganizationRequest("hitl_SubmitApproval") { ["Comment"] = "ok", RequestId = Guid.Empty };
        var response = new OrganizationResponse { ResponseName = "hitl_SubmitApproval", ["ApprovalId"] = 7 };

        Assert.Equal("ok", request.Parameters["Comment"]);
        Assert.Equal(7, response.Results["ApprovalId"]);
        Assert.Throws<KeyNotFoundException>(() => request["Missing"]);
        Assert.Throws<KeyNotFoundException>(() => response["Missing"]);
        Assert.Null(new OrganizationRequest().RequestName);
    }
}
