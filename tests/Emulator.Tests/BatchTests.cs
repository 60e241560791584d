using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Emulator.Tests;

public class BatchTests
{
    private static CreateRequest Widget(string name) => new() { Target = new Entity("hitl_widget") { ["hitl_name"] = name } };

    private static CreateRequest Invalid() => new() { Target = new Entity("hitl_widget") { ["hitl_unknown"] = 1 } };

    [Fact]
    public void ExecuteMultiple_with_ContinueOnError_runs_every_request_and_reports_the_faulted_one()
    {
        var emulator = FixtureSolution.NewEmulator();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { Widget("one"), Invalid(), Widget("three") },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Equal(3, response.Responses.Count);
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, response.Responses.Single(r => r.RequestIndex == 1).Fault.ErrorCode);
        Assert.IsType<CreateResponse>(response.Responses.Single(r => r.RequestIndex == 2).Response);
        Assert.Equal(2, emulator.Rows("hitl_widget").Count);
    }

    [Fact]
    public void ExecuteMultiple_without_ContinueOnError_stops_at_the_first_fault()
    {
        var emulator = FixtureSolution.NewEmulator();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            Requests = new OrganizationRequestCollection { Widget("one"), Invalid(), Widget("three") },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.Single(response.Responses); // only the fault: ReturnResponses is off
        Assert.Single(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void ExecuteMultiple_over_1000_requests_fails_before_anything_runs()
    {
        var emulator = FixtureSolution.NewEmulator();
        var requests = new OrganizationRequestCollection();
        for (var i = 0; i < 1001; i++) requests.Add(Widget("w" + i));

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Execute(new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings(), Requests = requests,
        }));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void ExecuteTransaction_rolls_back_every_request_when_one_fails()
    {
        var emulator = FixtureSolution.NewEmulator();

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { Widget("one"), Widget("two"), Invalid() },
        }));

        Assert.Equal(2, Assert.IsType<ExecuteTransactionFault>(fault).FaultedRequestIndex);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void Upsert_creates_then_updates_by_alternate_key_values()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        Entity Keyed(int quantity) => new("hitl_widget", "hitl_name", "Keyed") { ["hitl_quantity"] = quantity };

        var created = (UpsertResponse)service.Execute(new UpsertRequest { Target = Keyed(1) });
        var updated = (UpsertResponse)service.Execute(new UpsertRequest { Target = Keyed(2) });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(created.Target.Id, updated.Target.Id);
        Assert.Equal(2, Assert.Single(emulator.Rows("hitl_widget"))["hitl_quantity"]);
    }

    [Fact]
    public void SetState_and_Assign_change_state_and_owner()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var user = emulator.AddUser("New Owner");
        var id = service.CreateWidget("Alpha");

        service.Execute(new Microsoft.Crm.Sdk.Messages.SetStateRequest
        {
            EntityMoniker = new EntityReference("hitl_widget", id), State = new OptionSetValue(1), Status = new OptionSetValue(2),
        });
        service.Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest
        {
            Target = new EntityReference("hitl_widget", id), Assignee = new EntityReference("systemuser", user),
        });

        var row = emulator.Find("hitl_widget", id)!;
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("owninguser").Id);
    }
}
