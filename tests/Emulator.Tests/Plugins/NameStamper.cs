using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>PreOperation Create: changes the Target (must reach the saved row) using its step configuration.</summary>
public sealed class NameStamper : IPlugin
{
    private readonly string _unsecure;
    private readonly string _secure;

    public NameStamper(string unsecure, string secure)
    {
        _unsecure = unsecure;
        _secure = secure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var target = (Entity)context.InputParameters["Target"];
        if (!target.Contains("hitl_description")) target["hitl_description"] = _unsecure + "|" + _secure;
    }
}
