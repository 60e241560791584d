using Hitl.Core.Configuration;
using Hitl.Core.Leads;

namespace Hitl.Core.Tests.Leads;

public class HighValueThresholdTests
{
    [Fact]
    public void Shipped_default_parses_to_the_default_threshold()
    {
        Assert.Equal("100000", HitlSettings.LeadHighValueAmount.DefaultValue);
        Assert.Equal(new HighValueThreshold(100000m), HighValueThreshold.Parse(HighValueThreshold.DefaultText));
        Assert.Equal(HighValueThreshold.Default, HitlSettings.LeadHighValueAmount.Default);
    }

    [Theory]
    [InlineData("250000", 250000)]
    [InlineData(" 1500.50 ", 1500.5)]
    [InlineData("0", 0)]
    [InlineData("1000000000", 1000000000)]
    public void Amounts_parse(string raw, double amount)
    {
        Assert.Equal((decimal)amount, HighValueThreshold.Parse(raw).Amount);
    }

    [Theory]
    [InlineData(99999.99, false)]
    [InlineData(100000, true)]
    [InlineData(250000, true)]
    public void A_lead_at_or_above_the_amount_is_high_value(double estimatedValue, bool highValue)
    {
        Assert.Equal(highValue, HighValueThreshold.Default.IsHighValue((decimal)estimatedValue));
    }

    [Fact]
    public void A_lead_without_an_estimated_value_is_not_high_value()
    {
        Assert.False(HighValueThreshold.Default.IsHighValue(null));
    }

    [Theory]
    [InlineData("", "'' is not an amount: use digits with '.' as the decimal separator and no thousands separators, for example 100000.")]
    [InlineData("100,000", "'100,000' is not an amount: use digits with '.' as the decimal separator and no thousands separators, for example 100000.")]
    [InlineData("100k", "'100k' is not an amount: use digits with '.' as the decimal separator and no thousands separators, for example 100000.")]
    [InlineData("1e5", "'1e5' is not an amount: use digits with '.' as the decimal separator and no thousands separators, for example 100000.")]
    [InlineData("-1", "-1 is out of range; use an amount from 0 to 1000000000.")]
    [InlineData("1000000000.01", "1000000000.01 is out of range; use an amount from 0 to 1000000000.")]
    public void Invalid_amounts_are_refused_naming_the_variable(string raw, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => HighValueThreshold.Parse(raw));

        Assert.Equal($"Environment variable 'hitl_LeadHighValueAmount' is invalid: {problem}", error.Message);
        Assert.Equal("hitl_LeadHighValueAmount", error.SettingName);
    }

    [Fact]
    public void A_long_value_is_quoted_to_at_most_40_characters()
    {
        var error = Assert.Throws<ConfigurationException>(() => HighValueThreshold.Parse(new string('9', 30) + new string('x', 100)));

        Assert.StartsWith($"Environment variable 'hitl_LeadHighValueAmount' is invalid: '{new string('9', 30)}{new string('x', 10)}…' (130 characters) is not an amount", error.Message);
        Assert.DoesNotContain(new string('x', 11), error.Message);
    }
}
