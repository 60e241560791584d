using Microsoft.Xrm.Sdk;

namespace Hitl.Testing;

/// <summary>
/// hitl_automateddecision rows as the product's writer leaves them (it writes as SYSTEM from a plug-in), created
/// through the organization service so the tests do not depend on the writer's signature.
/// </summary>
internal static class DecisionLogRows
{
    public const int LeadScoring = 741200000;
    public const int CommissionCalculation = 741200003;

    public static Guid LogAbout(this ApprovalWorld world, string table, Guid id, int type = LeadScoring, string outcome = "Disqualified") =>
        world.Emulator.CreateService().Create(new Entity("hitl_automateddecision")
        {
            ["hitl_name"] = $"Automated decision about {table} {id:D}",
            ["hitl_decisiontype"] = new OptionSetValue(type),
            ["hitl_regardingtable"] = table,
            ["hitl_regardingid"] = id.ToString("D"),
            ["hitl_modelversion"] = "lead-score 2.3.1",
            ["hitl_inputs"] = "{\"annualRevenue\":800000,\"industry\":\"Retail\"}",
            ["hitl_outcome"] = outcome,
            ["hitl_reasons"] = "[\"Annual revenue below 1M\"]",
            ["hitl_needsreview"] = false,
            ["hitl_decidedon"] = world.Emulator.Clock.UtcNow,
        });
}
