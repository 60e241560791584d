using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

/// <summary>Enum values cross the wire as numbers, so they must match the real SDK exactly.</summary>
public class EnumValueTests
{
    [Fact]
    public void ConditionOperator_has_89_consecutive_members_in_the_real_order()
    {
        int[] values = Enum.GetValues<ConditionOperator>().Select(v => (int)v).ToArray();

        Assert.Equal(Enumerable.Range(0, 89), values);
        Assert.Equal(8, (int)ConditionOperator.In);
        Assert.Equal(41, (int)ConditionOperator.EqualUserId);
        Assert.Equal(75, (int)ConditionOperator.Under);
        Assert.Equal(78, (int)ConditionOperator.Above);
        Assert.Equal(79, (int)ConditionOperator.AboveOrEqual);
        Assert.Equal(87, (int)ConditionOperator.ContainValues);
        Assert.Equal(88, (int)ConditionOperator.DoesNotContainValues);
    }

    [Fact]
    public void Small_enums_match_the_real_values()
    {
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, Enum.GetValues<OperationStatus>().Select(v => (int)v));
        Assert.Equal(4, (int)OperationStatus.Succeeded);
        Assert.Equal(2, (int)ConcurrencyBehavior.AlwaysOverwrite);
        Assert.Equal(2, (int)EntityState.Changed);
        Assert.Equal(1, (int)EntityRole.Referenced);
        Assert.Equal(1, (int)LogicalOperator.Or);
        Assert.Equal(1, (int)OrderType.Descending);
        Assert.Equal(9, (int)JoinOperator.NotAll);
        Assert.Equal(3, (int)JoinOperator.MatchFirstRowUsingCrossApply);
        Assert.Equal(6, (int)LogLevel.None);
    }

    [Fact]
    public void PluginHttpStatusCode_values_are_the_http_status_codes()
    {
        Assert.Equal(17, Enum.GetValues<PluginHttpStatusCode>().Length);
        Assert.All(Enum.GetValues<PluginHttpStatusCode>().Where(c => c != PluginHttpStatusCode.NotSet),
            code => Assert.Equal(code.ToString(), ((System.Net.HttpStatusCode)(int)code).ToString()));
        Assert.Equal(412, (int)PluginHttpStatusCode.PreconditionFailed);
    }
}
