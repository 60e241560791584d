using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>The classic mistake: the execution context kept in an instance field. Breaks under concurrency.</summary>
public sealed class ContextInField : IPlugin
{
    private IPluginExecutionContext? _context;

    public void Execute(IServiceProvider serviceProvider)
    {
        _context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var mine = ((Entity)_context.InputParameters["Target"]).GetAttributeValue<string>("lastname");
        Thread.Sleep(5); // widens the window another request needs to overwrite the field
        var seen = ((Entity)_context.InputParameters["Target"]).GetAttributeValue<string>("lastname");
        if (seen != mine) throw new InvalidPluginExecutionException($"State leaked between requests: expected {mine}, saw {seen}.");
    }
}
