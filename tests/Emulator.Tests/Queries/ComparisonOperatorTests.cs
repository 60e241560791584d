using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Hitl.Emulator.Tests.Queries.QueryTestExtensions;

namespace Hitl.Emulator.Tests.Queries;

public class ComparisonOperatorTests
{
    private readonly FakeSource source = FakeSource.Sales();

    public ComparisonOperatorTests()
    {
        source.Add("account", ("name", "Alpha"), ("numberofemployees", 10), ("revenue", new Money(100m)), ("industrycode", new OptionSetValue(741200000)));
        source.Add("account", ("name", "Beta"), ("numberofemployees", 20), ("revenue", new Money(200m)), ("industrycode", new OptionSetValue(741200001)));
        source.Add("account", ("name", "Gamma"), ("numberofemployees", 30), ("revenue", new Money(300m)));
        source.Add("account", ("name", "Nulls"));
    }

    private List<string?> Matching(string column, ConditionOperator op, params object[] values) =>
        source.Run(Where("account", column, op, values)).Names().OrderBy(n => n).ToList();

    [Theory]
    [InlineData(ConditionOperator.Equal, new[] { "Beta" })]
    [InlineData(ConditionOperator.NotEqual, new[] { "Alpha", "Gamma" })]
    [InlineData(ConditionOperator.GreaterThan, new[] { "Gamma" })]
    [InlineData(ConditionOperator.GreaterEqual, new[] { "Beta", "Gamma" })]
    [InlineData(ConditionOperator.LessThan, new[] { "Alpha" })]
    [InlineData(ConditionOperator.LessEqual, new[] { "Alpha", "Beta" })]
    public void Comparisons_never_match_null_values(ConditionOperator op, string[] expected) =>
        Assert.Equal(expected, Matching("numberofemployees", op, 20));

    [Fact]
    public void Money_option_set_and_lookup_values_compare_by_their_value_given_raw_or_as_sdk_types()
    {
        Assert.Equal(new[] { "Gamma" }, Matching("revenue", ConditionOperator.GreaterThan, new Money(250m)));
        Assert.Equal(new[] { "Gamma" }, Matching("revenue", ConditionOperator.GreaterThan, 250));
        Assert.Equal(new[] { "Beta" }, Matching("industrycode", ConditionOperator.Equal, new OptionSetValue(741200001)));
        Assert.Equal(new[] { "Beta" }, Matching("industrycode", ConditionOperator.Equal, 741200001));
        Assert.Equal(new[] { "Beta" }, Matching("numberofemployees", ConditionOperator.Equal, "20"));
    }

    [Fact]
    public void Lookups_match_an_entity_reference_a_guid_or_its_text()
    {
        var contact = Guid.NewGuid();
        source.Add("account", ("name", "Linked"), ("primarycontactid", new EntityReference("contact", contact)));
        Assert.Equal(new[] { "Linked" }, Matching("primarycontactid", ConditionOperator.Equal, new EntityReference("contact", contact)));
        Assert.Equal(new[] { "Linked" }, Matching("primarycontactid", ConditionOperator.Equal, contact));
        Assert.Equal(new[] { "Linked" }, Matching("primarycontactid", ConditionOperator.Equal, contact.ToString("B")));
    }

    [Fact]
    public void Strings_compare_case_insensitively()
    {
        Assert.Equal(new[] { "Beta" }, Matching("name", ConditionOperator.Equal, "BETA"));
        Assert.Equal(new[] { "Gamma", "Nulls" }, Matching("name", ConditionOperator.GreaterThan, "beta"));
    }

    [Theory]
    [InlineData(ConditionOperator.Like, "%a", new[] { "Alpha", "Beta", "Gamma" })]
    [InlineData(ConditionOperator.Like, "_ET%", new[] { "Beta" })]
    [InlineData(ConditionOperator.Like, "[AB]%", new[] { "Alpha", "Beta" })]
    [InlineData(ConditionOperator.Like, "[^AB]%", new[] { "Gamma", "Nulls" })]
    [InlineData(ConditionOperator.NotLike, "%a", new[] { "Nulls" })]
    [InlineData(ConditionOperator.BeginsWith, "al", new[] { "Alpha" })]
    [InlineData(ConditionOperator.DoesNotBeginWith, "al", new[] { "Beta", "Gamma", "Nulls" })]
    [InlineData(ConditionOperator.EndsWith, "MMA", new[] { "Gamma" })]
    [InlineData(ConditionOperator.DoesNotEndWith, "a", new[] { "Nulls" })]
    [InlineData(ConditionOperator.Contains, "ll", new[] { "Nulls" })]
    [InlineData(ConditionOperator.DoesNotContain, "ll", new[] { "Alpha", "Beta", "Gamma" })]
    public void String_operators_follow_sql_like(ConditionOperator op, string value, string[] expected) =>
        Assert.Equal(expected, Matching("name", op, value));

    [Fact]
    public void BeginsWith_treats_wildcard_characters_in_the_value_literally()
    {
        source.Add("account", ("name", "100% Cotton"));
        source.Add("account", ("name", "100 Bales"));
        Assert.Equal(new[] { "100% Cotton" }, Matching("name", ConditionOperator.BeginsWith, "100%"));
    }

    [Fact]
    public void In_NotIn_Between_and_NotBetween()
    {
        Assert.Equal(new[] { "Alpha", "Gamma" }, Matching("numberofemployees", ConditionOperator.In, 10, 30));
        Assert.Equal(new[] { "Alpha", "Gamma" }, Matching("numberofemployees", ConditionOperator.In, new[] { 10, 30 }));
        Assert.Equal(new[] { "Beta" }, Matching("numberofemployees", ConditionOperator.NotIn, 10, 30));
        Assert.Equal(new[] { "Alpha", "Beta" }, Matching("numberofemployees", ConditionOperator.Between, 10, 20));
        Assert.Equal(new[] { "Gamma" }, Matching("numberofemployees", ConditionOperator.NotBetween, 10, 20));
        Assert.Equal(new[] { "Alpha", "Beta" }, Matching("name", ConditionOperator.In, "alpha", "BETA"));
    }

    [Fact]
    public void Null_and_NotNull()
    {
        Assert.Equal(new[] { "Nulls" }, Matching("numberofemployees", ConditionOperator.Null));
        Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, Matching("numberofemployees", ConditionOperator.NotNull));
    }

    [Fact]
    public void Between_without_two_values_faults_naming_the_column()
    {
        var fault = source.Fault(Where("account", "numberofemployees", ConditionOperator.Between, 10));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
        Assert.Contains("account.numberofemployees", fault.Detail.Message);
    }

    [Fact]
    public void A_value_that_cannot_convert_to_the_column_type_faults()
    {
        var fault = source.Fault(Where("account", "numberofemployees", ConditionOperator.Equal, "many"));
        Assert.Equal(QueryFaults.InvalidArgumentCode, fault.Detail.ErrorCode);
        Assert.Contains("'many'", fault.Detail.Message);
    }

    [Fact]
    public void Equal_with_a_null_value_faults_and_points_to_the_Null_operator()
    {
        var query = new QueryExpression("account");
        query.Criteria.Conditions.Add(new ConditionExpression("name", ConditionOperator.Equal, (object)null!));
        Assert.Contains("Null", source.Fault(query).Detail.Message);
    }

    [Fact]
    public void Like_on_a_number_column_faults()
    {
        var fault = source.Fault(Where("account", "numberofemployees", ConditionOperator.Like, "1%"));
        Assert.Contains("text column", fault.Detail.Message);
    }
}
