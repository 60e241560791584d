using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>PreOperation RetrieveMultiple of hitl_part: hides parts named "hidden-by-plugin" and asks for one more column.</summary>
public sealed class QueryNarrower : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Query"] is not QueryExpression query) return;
        query.Criteria.AddCondition("hitl_name", ConditionOperator.NotEqual, "hidden-by-plugin");
        query.ColumnSet.AddColumn("hitl_serial");
    }
}
