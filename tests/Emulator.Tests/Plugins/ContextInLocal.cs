using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>The same logic done right: the context lives in a local.</summary>
public sealed class ContextInLocal : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var mine = ((Entity)context.InputParameters["Target"]).GetAttributeValue<string>("name");
        Thread.Sleep(5);
        var seen = ((Entity)context.InputParameters["Target"]).GetAttributeValue<string>("name");
        if (seen != mine) throw new InvalidPluginExecutionException($"State leaked between requests: expected {mine}, saw {seen}.");
    }
}
