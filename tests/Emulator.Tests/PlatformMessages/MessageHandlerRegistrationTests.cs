using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using static Hitl.Emulator.Tests.Support.FixtureSolution;

namespace Hitl.Emulator.Tests.PlatformMessages;

/// <summary>EmulatorOptions.MessageHandlers: a test or a later capability adds a message behind the public IMessageHandler.</summary>
public class MessageHandlerRegistrationTests
{
    /// <summary>A made-up message that renames a widget: reads in the transaction, checks Write, writes through a child Update.</summary>
    private sealed class RenameWidgetHandler : IMessageHandler
    {
        public void Validate(OperationContext op)
        {
            if (!op.Input.TryGetValue("WidgetId", out var id) || id is not Guid)
                throw new InvalidPluginExecutionException("WidgetId is required.");
        }

        public void Authorize(OperationContext op) => op.Demand(PrivilegeKind.Write, "hitl_widget", (Guid)op.Input["WidgetId"]);

        public void Execute(OperationContext op)
        {
            var id = (Guid)op.Input["WidgetId"];
            var current = op.Find("hitl_widget", id)!.GetAttributeValue<string>("hitl_name");
            op.ChildService().Update(new Entity("hitl_widget", id) { ["hitl_name"] = current + " (renamed)" });
            op.Output["Depth"] = op.Depth;
        }

        public OrganizationResponse Respond(OperationContext op) =>
            new() { ResponseName = "hitl_RenameWidget", Results = new ParameterCollection { { "Depth", op.Output["Depth"] } } };
    }

    private static DataverseEmulator WithRename() => DataverseEmulator.Load(Folder, new EmulatorOptions
    {
        Seed = 7,
        MessageHandlers = new Dictionary<string, IMessageHandler> { ["hitl_RenameWidget"] = new RenameWidgetHandler() },
    });

    [Fact]
    public void An_added_handler_runs_inside_the_pipeline_and_survives_cloning()
    {
        var emulator = WithRename().Clone();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Gear");

        var response = service.Execute(new OrganizationRequest("hitl_RenameWidget") { ["WidgetId"] = id });

        Assert.Equal(1, response.Results["Depth"]);
        Assert.Equal("Gear (renamed)", emulator.Find("hitl_widget", id)!.GetAttributeValue<string>("hitl_name"));
    }

    [Fact]
    public void An_added_handler_gets_the_platform_privilege_check()
    {
        var emulator = WithRename();
        var id = emulator.CreateService().CreateWidget("Gear");
        var user = emulator.AddUser("No Roles");

        var fault = Fault(() => emulator.CreateService(user).Execute(new OrganizationRequest("hitl_RenameWidget") { ["WidgetId"] = id }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Equal("Gear", emulator.Find("hitl_widget", id)!.GetAttributeValue<string>("hitl_name"));
    }

    [Fact]
    public void A_handler_for_a_message_the_emulator_already_runs_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => DataverseEmulator.Load(Folder, new EmulatorOptions
        {
            MessageHandlers = new Dictionary<string, IMessageHandler> { ["Win"] = new RenameWidgetHandler() },
        }));

        Assert.Contains("'Win' is already handled", error.Message);
    }
}
