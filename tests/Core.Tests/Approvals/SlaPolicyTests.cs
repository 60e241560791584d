using Hitl.Core.Approvals;
using Hitl.Core.Configuration;

namespace Hitl.Core.Tests.Approvals;

public class SlaPolicyTests
{
    [Fact]
    public void Shipped_default_gives_48_hours_to_every_type()
    {
        var policy = SlaPolicy.Parse(SlaPolicy.DefaultJson);

        Assert.All(ApprovalType.All, t => Assert.Equal(48m, policy.HoursFor(t)));
        Assert.Equal(48m, SlaPolicy.Default.HoursFor(ApprovalType.BiasReview));
    }

    [Fact]
    public void Per_type_override_wins_and_others_use_the_default()
    {
        var policy = SlaPolicy.Parse("{\"default\":48,\"LeadReview\":24,\"commissionValidation\":1.5}");

        Assert.Equal(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), policy.DueOn(ApprovalType.LeadReview, A.Created));
        Assert.Equal(new DateTime(2026, 3, 2, 10, 30, 0, DateTimeKind.Utc), policy.DueOn(ApprovalType.CommissionValidation, A.Created));
        Assert.Equal(new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), policy.DueOn(ApprovalType.BiasReview, A.Created));
    }

    [Fact]
    public void Missing_default_falls_back_to_48_hours()
    {
        var policy = SlaPolicy.Parse("{\"LeadReview\":8}");

        Assert.Equal(8m, policy.HoursFor(ApprovalType.LeadReview));
        Assert.Equal(48m, policy.HoursFor(ApprovalType.ScoreOverride));
    }

    [Theory]
    [InlineData("", "Environment variable 'hitl_ApprovalSlaHours' is invalid: the value is empty.")]
    [InlineData("[48]", "Environment variable 'hitl_ApprovalSlaHours' is invalid: expected an object such as {\"default\":48,\"LeadReview\":24}, not [48].")]
    [InlineData("{\"default\":0}", "Environment variable 'hitl_ApprovalSlaHours' is invalid: 'default' is 0 hours; use a number greater than 0 and at most 8760.")]
    [InlineData("{\"default\":48,\"LeadReview\":-2}", "Environment variable 'hitl_ApprovalSlaHours' is invalid: 'LeadReview' is -2 hours; use a number greater than 0 and at most 8760.")]
    [InlineData("{\"default\":\"48\"}", "Environment variable 'hitl_ApprovalSlaHours' is invalid: 'default' must be a number, not the text '48'.")]
    [InlineData("{\"default\":48,\"Leadreveiw\":24}", "Environment variable 'hitl_ApprovalSlaHours' is invalid: 'Leadreveiw' is not an approval type. Use \"default\" or one of: LeadReview, CommissionValidation, BiasReview, ConsentException, ScoreOverride, ContestedDecision, ModelChange.")]
    [InlineData("{\"LeadReview\":24,\"leadreview\":12}", "Environment variable 'hitl_ApprovalSlaHours' is invalid: 'LeadReview' is set more than once.")]
    [InlineData("{\"default\":48} /* 24 for leads */", "Environment variable 'hitl_ApprovalSlaHours' is invalid: the value has text after the JSON.")]
    public void Invalid_configuration_is_a_clear_configuration_error(string json, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => SlaPolicy.Parse(json));

        Assert.Equal(message, error.Message);
        Assert.Equal("hitl_ApprovalSlaHours", error.SettingName);
    }

    [Fact]
    public void Malformed_json_names_the_variable()
    {
        var truncated = Assert.Throws<ConfigurationException>(() => SlaPolicy.Parse("{\"default\":"));
        var trailing = Assert.Throws<ConfigurationException>(() => SlaPolicy.Parse("{\"default\":48} x"));

        Assert.StartsWith("Environment variable 'hitl_ApprovalSlaHours' is invalid: the value is not valid JSON", trailing.Message);
        Assert.StartsWith("Environment variable 'hitl_ApprovalSlaHours' is invalid: the value is not valid JSON", truncated.Message);
    }

    [Fact]
    public void A_configuration_error_quotes_only_a_short_prefix_of_an_oversized_key()
    {
        var key = new string('k', 500);

        var message = Assert.Throws<ConfigurationException>(() => SlaPolicy.Parse($"{{\"{key}\":24}}")).Message;

        Assert.Contains("(500 characters) is not an approval type", message);
        Assert.DoesNotContain(new string('k', InputText.MaxQuoted + 1), message);
    }
}
