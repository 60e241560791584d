using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>Async PostOperation Update: traces the SharedVariables it got, then writes a part or fails for a negative quantity.</summary>
public sealed class AsyncWorker : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!)
            .CreateOrganizationService(context.UserId);
        var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        trace.Trace("Shared=" + string.Join(",", context.SharedVariables.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        var target = (Entity)context.InputParameters["Target"];
        if (target.GetAttributeValue<int>("hitl_quantity") < 0)
            throw new InvalidPluginExecutionException("Quantity cannot be negative.");
        service.Create(new Entity("hitl_part")
        {
            ["hitl_name"] = "async part",
            ["hitl_serial"] = "A-" + target.GetAttributeValue<int>("hitl_quantity"),
            ["hitl_widgetid"] = new EntityReference("hitl_widget", context.PrimaryEntityId),
        });
    }
}
