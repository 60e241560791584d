using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Hitl.Emulator.Tests.Queries.QueryTestExtensions;

namespace Hitl.Emulator.Tests.Queries;

public class SpecialOperatorTests
{
    private readonly FakeSource source = FakeSource.Sales();

    private List<string?> Matching(string column, ConditionOperator op, params object[] values) =>
        source.Run(Where("account", column, op, values)).Names().OrderBy(n => n).ToList();

    [Fact]
    public void User_and_team_operators_use_the_caller()
    {
        var team = Guid.NewGuid();
        source.CallerTeamIds = new[] { team };
        source.Add("account", ("name", "Mine"), ("ownerid", new EntityReference("systemuser", source.CallerId)));
        source.Add("account", ("name", "Team"), ("ownerid", new EntityReference("team", team)));
        source.Add("account", ("name", "Other"), ("ownerid", new EntityReference("systemuser", Guid.NewGuid())));
        source.Add("account", ("name", "Unowned"));

        Assert.Equal(new[] { "Mine" }, Matching("ownerid", ConditionOperator.EqualUserId));
        Assert.Equal(new[] { "Other", "Team" }, Matching("ownerid", ConditionOperator.NotEqualUserId));
        Assert.Equal(new[] { "Team" }, Matching("ownerid", ConditionOperator.EqualUserTeams));
        Assert.Equal(new[] { "Mine", "Team" }, Matching("ownerid", ConditionOperator.EqualUserOrUserTeams));
    }

    [Fact]
    public void Multi_select_ContainValues_and_DoesNotContainValues()
    {
        source.Add("account", ("name", "EmailPhone"), ("hitl_channels", new OptionSetValueCollection(new List<OptionSetValue> { new(741200000), new(741200001) })));
        source.Add("account", ("name", "Phone"), ("hitl_channels", new OptionSetValueCollection(new List<OptionSetValue> { new(741200001) })));
        source.Add("account", ("name", "None"));

        Assert.Equal(new[] { "EmailPhone" }, Matching("hitl_channels", ConditionOperator.ContainValues, 741200000));
        Assert.Equal(new[] { "EmailPhone", "Phone" }, Matching("hitl_channels", ConditionOperator.ContainValues, 741200000, new OptionSetValue(741200001)));
        Assert.Equal(new[] { "None", "Phone" }, Matching("hitl_channels", ConditionOperator.DoesNotContainValues, 741200000));
    }

    [Fact]
    public void Equal_on_a_multi_select_column_faults_pointing_to_ContainValues()
    {
        var fault = source.Fault(Where("account", "hitl_channels", ConditionOperator.Equal, 741200000));
        Assert.Contains("ContainValues", fault.Detail.Message);
    }

    [Theory]
    [InlineData(ConditionOperator.Under)]
    [InlineData(ConditionOperator.Above)]
    [InlineData(ConditionOperator.EqualBusinessId)]
    [InlineData(ConditionOperator.ThisFiscalYear)]
    public void Unsupported_operators_fault_naming_the_operator(ConditionOperator op)
    {
        source.Add("account", ("name", "Any"));
        var fault = source.Fault(Where("account", "accountid", op, Guid.NewGuid()));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
        Assert.Contains(op.ToString(), fault.Detail.Message);
    }

    [Fact]
    public void Column_comparison_compares_two_columns_of_the_row()
    {
        source.Add("account", ("name", "Over"), ("creditlimit", 500m), ("revenue", new Money(900m)));
        source.Add("account", ("name", "Under"), ("creditlimit", 500m), ("revenue", new Money(100m)));
        source.Add("account", ("name", "Same"), ("creditlimit", 500m), ("revenue", new Money(500m)));
        source.Add("account", ("name", "NoLimit"), ("revenue", new Money(100m)));

        List<string?> Compare(ConditionOperator op)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("revenue", op, true, "creditlimit");
            return source.Run(query).Names().OrderBy(n => n).ToList();
        }

        Assert.Equal(new[] { "Over" }, Compare(ConditionOperator.GreaterThan));
        Assert.Equal(new[] { "Same", "Under" }, Compare(ConditionOperator.LessEqual));
        Assert.Equal(new[] { "Same" }, Compare(ConditionOperator.Equal));
        Assert.Equal(new[] { "Over", "Under" }, Compare(ConditionOperator.NotEqual));
    }

    [Fact]
    public void Column_comparison_with_an_unknown_other_column_faults()
    {
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("revenue", ConditionOperator.Equal, true, "nosuchcolumn");
        Assert.Equal(QueryFaults.QueryBuilderNoAttributeCode, source.Fault(query).Detail.ErrorCode);
    }
}
