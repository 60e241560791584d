using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>PreValidation Delete: logs an audit part, then refuses to delete a locked widget.</summary>
public sealed class DeleteGuard : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!)
            .CreateOrganizationService(null);
        var target = (EntityReference)context.InputParameters["Target"];
        var widget = service.Retrieve(target.LogicalName, target.Id, new ColumnSet("hitl_mode"));
        service.Create(new Entity("hitl_part") { ["hitl_name"] = "delete attempt", ["hitl_serial"] = "D-1" });
        if (widget.GetAttributeValue<string>("hitl_mode") == "locked")
            throw new InvalidPluginExecutionException("Locked widgets cannot be deleted.");
    }
}
