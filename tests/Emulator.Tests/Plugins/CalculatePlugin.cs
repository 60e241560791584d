using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>Main operation of the hitl_Calculate custom API.</summary>
public sealed class CalculatePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        trace.Trace("Stage={0};Message={1};InTransaction={2};HasLabel={3}",
            context.Stage, context.MessageName, context.IsInTransaction, context.InputParameters.Contains("hitl_Label"));
        var amount = (decimal)context.InputParameters["hitl_Amount"];
        var label = context.InputParameters.TryGetValue("hitl_Label", out var l) ? (string)l : "none";
        if (label == "write-then-fail")
        {
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!)
                .CreateOrganizationService(context.UserId);
            service.Create(new Entity("hitl_widget") { ["hitl_name"] = "written by the API" });
            throw new InvalidPluginExecutionException("Calculation failed after writing.");
        }
        context.OutputParameters["hitl_Total"] = amount * 2;
        context.OutputParameters["hitl_Echo"] = label;
    }
}
