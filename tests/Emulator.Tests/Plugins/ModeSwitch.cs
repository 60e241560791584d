using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>PreOperation Update filtered on hitl_mode: misbehaves on request so tests can watch the platform react.</summary>
public sealed class ModeSwitch : IPlugin
{
    // The stateful-plug-in bug on purpose: services kept beyond the execution that created them (keyed per widget
    // so parallel tests do not meet).
    private static readonly ConcurrentDictionary<Guid, IOrganizationService> Cached = new();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var target = (Entity)context.InputParameters["Target"];
        var mode = target.GetAttributeValue<string>("hitl_mode");
        trace.Trace("ModeSwitch: mode={0}", mode);
        switch (mode)
        {
            case "abort":
                throw new InvalidPluginExecutionException("The widget is locked: ask its owner to unlock it.");
            case "crash":
                throw new InvalidOperationException("internal detail that must not reach the caller");
            case "nested-then-abort":
                service.Create(new Entity("hitl_part") { ["hitl_name"] = "nested", ["hitl_serial"] = "N-1", ["hitl_widgetid"] = target.ToEntityReference() });
                throw new InvalidPluginExecutionException("Rolled back after a nested write.");
            case "swallow":
                Swallow(() => service.Retrieve("hitl_part", Guid.NewGuid(), new ColumnSet("hitl_name")));
                break;
            case "swallow-unknown-column":
                Swallow(() => service.Create(new Entity("hitl_part") { ["hitl_name"] = "bad", ["hitl_nosuchcolumn"] = 1 }));
                break;
            case "swallow-missing-target":
                Swallow(() => service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateRequest()));
                break;
            case "swallow-custom-api-parameters":
                Swallow(() => service.Execute(new OrganizationRequest("hitl_Calculate")));
                break;
            case "swallow-prevalidation":
                // DeleteGuard (PreValidation) refuses to delete a locked widget; nested, it runs inside this transaction.
                var locked = service.Create(new Entity("hitl_widget") { ["hitl_name"] = "locked", ["hitl_mode"] = "locked" });
                Swallow(() => service.Delete("hitl_widget", locked));
                break;
            case "swallow-depth":
                Swallow(() => service.Update(new Entity("hitl_widget", target.Id) { ["hitl_mode"] = "swallow-depth" }));
                break;
            case "cache-service":
                Cached[target.Id] = service;
                break;
            case "use-cached-service":
                Cached[target.Id].Create(new Entity("hitl_part") { ["hitl_name"] = "from a cached service", ["hitl_serial"] = "X-1" });
                break;
            case "use-service-on-another-thread":
                Exception? failure = null;
                var worker = new Thread(() =>
                {
                    try { service.Create(new Entity("hitl_part") { ["hitl_name"] = "from another thread", ["hitl_serial"] = "T-1" }); }
                    catch (Exception ex) { failure = ex; }
                });
                worker.Start();
                worker.Join();
                if (failure is not null) ExceptionDispatchInfo.Throw(failure);
                break;
            case "replace-target":
                context.InputParameters["Target"] = target.ToEntityReference(); // wrong: Update's Target is an Entity
                break;
            case "recurse":
                service.Update(new Entity("hitl_widget", target.Id) { ["hitl_mode"] = "recurse" });
                break;
            case "impersonate":
                var caller = factory.CreateOrganizationService(null);
                caller.Create(new Entity("hitl_part") { ["hitl_name"] = "as system", ["hitl_serial"] = "S-1" });
                break;
            case "two-calls":
                service.Retrieve("hitl_widget", target.Id, new ColumnSet("hitl_name"));
                service.Create(new Entity("hitl_part") { ["hitl_name"] = "counted", ["hitl_serial"] = "C-1" });
                break;
        }
    }

    private static void Swallow(Action call)
    {
        try
        {
            call();
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // Deliberately wrong: carrying on after a failed call inside the transaction.
        }
    }
}
