using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests;

public class EnvironmentVariableTests
{
    /// <summary>The query product code uses: the definition by schema name with an outer link to its value.</summary>
    private static (string? Default, string? Value) Read(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition")
        {
            ColumnSet = new ColumnSet("defaultvalue"),
            Criteria = { Conditions = { new ConditionExpression("schemaname", ConditionOperator.Equal, schemaName) } },
        };
        var link = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        link.EntityAlias = "v";
        link.Columns = new ColumnSet("value");
        var row = Assert.Single(service.RetrieveMultiple(query).Entities);
        return (row.GetAttributeValue<string>("defaultvalue"), row.GetAttributeValue<AliasedValue>("v.value")?.Value as string);
    }

    [Fact]
    public void A_definition_from_the_solution_reads_its_default_until_a_value_is_set()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();

        Assert.Equal(("10", null), Read(service, "hitl_Threshold"));

        emulator.SetEnvironmentVariable("hitl_Threshold", "25");
        Assert.Equal(("10", "25"), Read(service, "hitl_Threshold"));

        emulator.SetEnvironmentVariable("hitl_Threshold", "30");
        Assert.Single(emulator.Rows("environmentvariablevalue"));
        Assert.Equal(("10", "30"), Read(service, "hitl_Threshold"));

        emulator.ClearEnvironmentVariable("hitl_Threshold");
        Assert.Equal(("10", null), Read(service, "hitl_Threshold"));
    }

    [Fact]
    public void Setting_a_variable_the_solution_does_not_define_fails()
    {
        var emulator = FixtureSolution.NewEmulator();

        var error = Assert.Throws<ArgumentException>(() => emulator.SetEnvironmentVariable("hitl_Unknown", "1"));

        Assert.Contains("hitl_Unknown", error.Message);
    }
}
