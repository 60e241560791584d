using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

/// <summary>Platform behaviours the emulator reproduces: batches of transactions, row versions in queries, backdated creation, numeric ranges.</summary>
public class FidelityTests
{
    private static CreateRequest Widget(string name) => new() { Target = new Entity("hitl_widget") { ["hitl_name"] = name } };

    private static CreateRequest Invalid() => new() { Target = new Entity("hitl_widget") { ["hitl_unknown"] = 1 } };

    private static ExecuteTransactionRequest Transaction(params OrganizationRequest[] requests)
    {
        var collection = new OrganizationRequestCollection();
        foreach (var request in requests) collection.Add(request);
        return new ExecuteTransactionRequest { ReturnResponses = true, Requests = collection };
    }

    [Fact]
    public void ExecuteTransaction_inside_ExecuteMultiple_commits_its_requests_together_and_reports_its_response()
    {
        var emulator = FixtureSolution.NewEmulator();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { Transaction(Widget("a"), Widget("b")), Widget("c") },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.False(response.IsFaulted);
        var inner = Assert.IsType<ExecuteTransactionResponse>(response.Responses.Single(r => r.RequestIndex == 0).Response);
        Assert.Equal(2, inner.Responses.Count);
        Assert.Equal(new[] { "a", "b", "c" }, emulator.Rows("hitl_widget").Select(w => w.GetAttributeValue<string>("hitl_name")).Order());
    }

    [Fact]
    public void A_failing_ExecuteTransaction_inside_ExecuteMultiple_rolls_back_only_its_own_requests()
    {
        var emulator = FixtureSolution.NewEmulator();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
            Requests = new OrganizationRequestCollection { Widget("before"), Transaction(Widget("rolled back"), Invalid()), Widget("after") },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.True(response.IsFaulted);
        var item = Assert.Single(response.Responses);
        Assert.Equal(1, item.RequestIndex);
        var fault = Assert.IsType<ExecuteTransactionFault>(item.Fault);
        Assert.Equal(1, fault.FaultedRequestIndex);
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.Equal(new[] { "after", "before" }, emulator.Rows("hitl_widget").Select(w => w.GetAttributeValue<string>("hitl_name")).Order());
    }

    [Fact]
    public void A_failing_ExecuteTransaction_stops_an_ExecuteMultiple_without_ContinueOnError()
    {
        var emulator = FixtureSolution.NewEmulator();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { Transaction(Widget("rolled back"), Invalid()), Widget("never") },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Equal(0, Assert.Single(response.Responses).RequestIndex);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void ExecuteMultiple_inside_ExecuteMultiple_is_still_refused()
    {
        var emulator = FixtureSolution.NewEmulator();
        var nested = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { Widget("nested") },
        };
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { nested },
        };

        var response = (ExecuteMultipleResponse)emulator.CreateService().Execute(request);

        Assert.Contains("cannot be nested", Assert.Single(response.Responses).Fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void Rows_returned_by_RetrieveMultiple_carry_the_RowVersion_Retrieve_gives()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("versioned");
        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 2 });
        var expected = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name")).RowVersion;

        var byQuery = service.RetrieveMultiple(new QueryExpression("hitl_widget") { ColumnSet = new ColumnSet("hitl_name") }).Entities.Single();
        var byAttribute = service.RetrieveMultiple(new QueryByAttribute("hitl_widget") { ColumnSet = new ColumnSet("hitl_name"), Attributes = { "hitl_name" }, Values = { "versioned" } }).Entities.Single();
        var byFetch = service.RetrieveMultiple(new FetchExpression("<fetch><entity name='hitl_widget'><attribute name='hitl_name' /></entity></fetch>")).Entities.Single();

        Assert.False(string.IsNullOrEmpty(expected));
        Assert.Equal(new[] { expected, expected, expected }, new[] { byQuery.RowVersion, byAttribute.RowVersion, byFetch.RowVersion });
    }

    [Fact]
    public void Aggregate_rows_carry_no_RowVersion()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        service.CreateWidget("one");

        var total = service.RetrieveMultiple(new FetchExpression(
            "<fetch aggregate='true'><entity name='hitl_widget'><attribute name='hitl_widgetid' alias='count' aggregate='count' /></entity></fetch>")).Entities.Single();

        Assert.Null(total.RowVersion);
    }

    [Fact]
    public void Overriddencreatedon_backdates_createdon_and_keeps_the_real_creation_time()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var migratedOn = new DateTime(2019, 3, 4, 5, 6, 7, DateTimeKind.Utc);

        var id = service.Create(new Entity("hitl_widget") { ["hitl_name"] = "migrated", ["overriddencreatedon"] = migratedOn });

        var row = service.Retrieve("hitl_widget", id, new ColumnSet("createdon", "overriddencreatedon", "modifiedon"));
        Assert.Equal(migratedOn, row.GetAttributeValue<DateTime>("createdon"));
        Assert.Equal(emulator.Clock.UtcNow, row.GetAttributeValue<DateTime>("overriddencreatedon"));
        Assert.Equal(emulator.Clock.UtcNow, row.GetAttributeValue<DateTime>("modifiedon"));
    }

    [Fact]
    public void Overriddencreatedon_is_ignored_on_update()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("fresh");
        var created = emulator.Clock.UtcNow;
        emulator.Clock.Advance(TimeSpan.FromDays(1));

        service.Update(new Entity("hitl_widget", id) { ["overriddencreatedon"] = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        var row = service.Retrieve("hitl_widget", id, new ColumnSet("createdon", "overriddencreatedon"));
        Assert.Equal(created, row.GetAttributeValue<DateTime>("createdon"));
        Assert.False(row.Contains("overriddencreatedon"));
    }

    [Fact]
    public void A_money_value_above_the_column_maximum_is_refused_with_the_platform_message()
    {
        var emulator = FixtureSolution.NewEmulator();

        var fault = FixtureSolution.Fault(() => emulator.CreateService().Create(new Entity("hitl_widget") { ["hitl_name"] = "big", ["hitl_amount"] = new Money(1000000000.01m) }));

        Assert.Equal(ErrorCodes.ValueOutOfRange, fault.ErrorCode);
        Assert.Equal("A validation error occurred for hitl_widget.hitl_amount. The value 1000000000.01 of type Microsoft.Xrm.Sdk.Money is outside the valid range(0 to 1000000000).", fault.Message);
        Assert.Empty(emulator.Rows("hitl_widget"));
    }

    [Fact]
    public void An_integer_below_the_column_minimum_is_refused_on_update()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var opportunity = service.Create(new Entity("opportunity") { ["name"] = "Deal", ["closeprobability"] = 40 });

        var fault = FixtureSolution.Fault(() => service.Update(new Entity("opportunity", opportunity) { ["closeprobability"] = 101 }));

        Assert.Equal(ErrorCodes.ValueOutOfRange, fault.ErrorCode);
        Assert.Equal("A validation error occurred for opportunity.closeprobability. The value 101 of type System.Int32 is outside the valid range(0 to 100).", fault.Message);
        Assert.Equal(40, service.Retrieve("opportunity", opportunity, new ColumnSet("closeprobability")).GetAttributeValue<int>("closeprobability"));
    }

    [Fact]
    public void Decimal_and_double_ranges_are_enforced_and_values_rounded_to_the_column_precision()
    {
        var service = FixtureSolution.NewEmulator().CreateService();

        var fault = FixtureSolution.Fault(() => service.Create(new Entity("opportunity") { ["name"] = "Deal", ["discountpercentage"] = 100.5m }));
        Assert.Equal(ErrorCodes.ValueOutOfRange, fault.ErrorCode);
        Assert.Contains("outside the valid range(0 to 100)", fault.Message);
        var latitude = FixtureSolution.Fault(() => service.Create(new Entity("lead") { ["subject"] = "s", ["lastname"] = "Doe", ["address1_latitude"] = 90.5 }));
        Assert.Equal("A validation error occurred for lead.address1_latitude. The value 90.5 of type System.Double is outside the valid range(-90 to 90).", latitude.Message);

        var id = service.Create(new Entity("opportunity") { ["name"] = "Deal", ["discountpercentage"] = 12.345m });
        Assert.Equal(12.35m, service.Retrieve("opportunity", id, new ColumnSet("discountpercentage")).GetAttributeValue<decimal>("discountpercentage"));
    }
}
