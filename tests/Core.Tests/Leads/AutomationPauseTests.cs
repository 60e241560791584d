using Hitl.Core.Configuration;
using Hitl.Core.Leads;

namespace Hitl.Core.Tests.Leads;

public class AutomationPauseTests
{
    [Fact]
    public void Shipped_default_is_not_paused()
    {
        Assert.Equal("no", HitlSettings.AutomationPaused.DefaultValue);
        Assert.Equal(SettingType.Boolean, HitlSettings.AutomationPaused.Type);
        Assert.False(AutomationPause.Parse(AutomationPause.DefaultText));
        Assert.False(HitlSettings.AutomationPaused.Default);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData(" Yes ", true)]
    [InlineData("no", false)]
    [InlineData("NO", false)]
    public void Dataverse_boolean_values_parse(string raw, bool paused)
    {
        Assert.Equal(paused, AutomationPause.Parse(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("paused")]
    public void Anything_else_is_refused_rather_than_guessed(string raw)
    {
        var error = Assert.Throws<ConfigurationException>(() => AutomationPause.Parse(raw));

        Assert.Equal($"Environment variable 'hitl_AutomationPaused' is invalid: '{raw}' is not a Boolean value; Dataverse stores yes or no.", error.Message);
        Assert.Equal("hitl_AutomationPaused", error.SettingName);
    }

    [Fact]
    public void A_long_value_is_quoted_to_at_most_40_characters()
    {
        var error = Assert.Throws<ConfigurationException>(() => AutomationPause.Parse(new string('y', 200)));

        Assert.Contains($"'{new string('y', 40)}…' (200 characters)", error.Message);
        Assert.DoesNotContain(new string('y', 41), error.Message);
    }
}
