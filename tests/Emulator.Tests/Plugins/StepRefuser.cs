using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>Always refuses: proves a message's writes roll back when one of its sync steps fails.</summary>
public sealed class StepRefuser : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        throw new InvalidPluginExecutionException($"Refused by a {context.MessageName} step.");
    }
}
