using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void Update_with_a_stale_row_version_fails_with_ConcurrencyVersionMismatch()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Alpha");
        var stale = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name"));
        service.Update(new Entity("hitl_widget", id) { ["hitl_name"] = "first writer" });

        var fault = FixtureSolution.Fault(() => service.Execute(new UpdateRequest
        {
            Target = new Entity("hitl_widget", id) { ["hitl_name"] = "second writer", RowVersion = stale.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.ErrorCode);
        Assert.Equal("first writer", service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name"))["hitl_name"]);
    }

    [Fact]
    public void Update_with_the_current_row_version_succeeds()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Alpha");
        var current = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name"));

        service.Execute(new UpdateRequest
        {
            Target = new Entity("hitl_widget", id) { ["hitl_name"] = "ok", RowVersion = current.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Equal("ok", service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name"))["hitl_name"]);
    }

    [Fact]
    public void Delete_without_a_row_version_fails_with_ConcurrencyVersionNotProvided()
    {
        var service = FixtureSolution.NewEmulator().CreateService();
        var id = service.CreateWidget("Alpha");

        var fault = FixtureSolution.Fault(() => service.Execute(new DeleteRequest
        {
            Target = new EntityReference("hitl_widget", id),
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionNotProvided, fault.ErrorCode);
    }

    [Fact]
    public void Parallel_conditional_updates_of_one_row_have_exactly_one_winner()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");
        var version = service.Retrieve("hitl_widget", id, new ColumnSet("hitl_name")).RowVersion;

        var outcomes = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(i =>
        {
            try
            {
                emulator.CreateService().Execute(new UpdateRequest
                {
                    Target = new Entity("hitl_widget", id) { ["hitl_name"] = "writer " + i, RowVersion = version },
                    ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
                });
                return true;
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> f) when (f.Detail.ErrorCode == ErrorCodes.ConcurrencyVersionMismatch)
            {
                return false;
            }
        }).ToList();

        Assert.Equal(1, outcomes.Count(won => won));
    }
}
