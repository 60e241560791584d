using Hitl.Core.Configuration;
using Hitl.Core.Leads;

namespace Hitl.Core.Tests.Leads;

public class LeadReviewBandTests
{
    [Fact]
    public void Shipped_default_parses_to_the_default_band()
    {
        Assert.Equal("{\"min\":40,\"max\":60}", HitlSettings.LeadReviewBand.DefaultValue);
        Assert.Equal(new LeadReviewBand(40, 60), LeadReviewBand.Parse(LeadReviewBand.DefaultJson));
        Assert.Equal(LeadReviewBand.Default, HitlSettings.LeadReviewBand.Default);
    }

    [Theory]
    [InlineData(39, false)]
    [InlineData(40, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Both_ends_of_the_band_are_ambiguous(int score, bool inBand)
    {
        Assert.Equal(inBand, LeadReviewBand.Default.Contains(score));
    }

    [Fact]
    public void A_missing_key_keeps_its_default_and_a_single_score_band_is_allowed()
    {
        Assert.Equal(new LeadReviewBand(30, 60), LeadReviewBand.Parse("{\"min\":30}"));
        Assert.Equal(new LeadReviewBand(50, 50), LeadReviewBand.Parse(" {\"max\":50,\"min\":50} "));
        Assert.Equal(new LeadReviewBand(0, 100), LeadReviewBand.Parse("{\"min\":0,\"max\":100.0}"));
    }

    [Theory]
    [InlineData("", "the value is empty.")]
    [InlineData("[40,60]", "expected an object such as {\"min\":40,\"max\":60}, not [40,60].")]
    [InlineData("{\"min\":\"40\"}", "'min' must be a number, not the text '40'.")]
    [InlineData("{\"min\":40.5}", "'min' must be a whole score from 0 to 100, not 40.5.")]
    [InlineData("{\"max\":101}", "'max' must be a whole score from 0 to 100, not 101.")]
    [InlineData("{\"min\":-1}", "'min' must be a whole score from 0 to 100, not -1.")]
    [InlineData("{\"min\":70,\"max\":60}", "'min' (70) is greater than 'max' (60); the band would hold no score.")]
    [InlineData("{\"minimum\":40}", "'minimum' is not a setting. Use min and max.")]
    [InlineData("{\"min\":40} /* wide */", "the value has text after the JSON.")]
    public void Invalid_bands_are_refused_naming_the_variable(string json, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => LeadReviewBand.Parse(json));

        Assert.Equal($"Environment variable 'hitl_LeadReviewBand' is invalid: {problem}", error.Message);
        Assert.Equal("hitl_LeadReviewBand", error.SettingName);
    }

    [Fact]
    public void Malformed_json_is_refused_naming_the_variable()
    {
        var error = Assert.Throws<ConfigurationException>(() => LeadReviewBand.Parse("{\"min\":"));

        Assert.StartsWith("Environment variable 'hitl_LeadReviewBand' is invalid: the value is not valid JSON", error.Message);
    }

    [Fact]
    public void A_long_value_is_quoted_to_at_most_40_characters()
    {
        var longKey = new string('k', 300);
        var longValue = "\"" + new string('v', 300) + "\"";

        var key = Assert.Throws<ConfigurationException>(() => LeadReviewBand.Parse($"{{\"{longKey}\":1}}"));
        var value = Assert.Throws<ConfigurationException>(() => LeadReviewBand.Parse($"[{longValue}]"));

        Assert.Contains($"'{new string('k', 40)}…' (300 characters) is not a setting.", key.Message);
        Assert.DoesNotContain(new string('k', 41), key.Message);
        Assert.EndsWith($", not [\"{new string('v', 38)}… (304 characters).", value.Message);
        Assert.DoesNotContain(new string('v', 40), value.Message);
    }
}
