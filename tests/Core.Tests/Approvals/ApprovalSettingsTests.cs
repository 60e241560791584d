using Hitl.Core.Approvals;
using Hitl.Core.Configuration;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalSettingsTests
{
    [Fact]
    public void Reason_codes_default_parses_to_the_default_list()
    {
        Assert.Equal(ReasonCodeList.Default, ReasonCodeList.Parse(ReasonCodeList.DefaultJson));
        Assert.Equal(new[] { "DataQuality", "PolicyException", "ModelError", "CustomerContext", "Disqualify", "Other" }, ApprovalPolicy.Default.ReasonCodes);
    }

    [Fact]
    public void Reason_codes_are_trimmed_and_kept_in_order()
    {
        Assert.Equal(new[] { "Fraud", "Duplicate" }, ReasonCodeList.Parse("[\" Fraud \",\"Duplicate\"]"));
    }

    [Theory]
    [InlineData("{\"codes\":[]}", "expected an array of codes such as [\"DataQuality\",\"Other\"], not {\"codes\":[]}.")]
    [InlineData("[]", "the list is empty, so nobody could reject or override. Configure at least one code.")]
    [InlineData("[\"Other\",3]", "every code must be text; 3 is not.")]
    [InlineData("[\"Other\",\" \"]", "a code is empty.")]
    [InlineData("[\"Other\",\"other\"]", "the code 'other' appears more than once.")]
    public void Invalid_reason_codes_are_refused(string json, string problem)
    {
        Assert.Equal($"Environment variable 'hitl_ApprovalReasonCodes' is invalid: {problem}", Assert.Throws<ConfigurationException>(() => ReasonCodeList.Parse(json)).Message);
    }

    [Fact]
    public void Reason_code_longer_than_the_column_is_refused()
    {
        var json = "[\"" + new string('a', 101) + "\"]";

        Assert.Contains("is longer than 100 characters", Assert.Throws<ConfigurationException>(() => ReasonCodeList.Parse(json)).Message);
    }

    [Fact]
    public void Rubber_stamp_default_parses_to_the_default_policy()
    {
        Assert.Equal(new RubberStampPolicy(10, 0.95m, 30m), RubberStampPolicy.Parse(RubberStampPolicy.DefaultJson));
    }

    [Fact]
    public void Rubber_stamp_missing_keys_keep_their_defaults()
    {
        Assert.Equal(new RubberStampPolicy(5, 0.95m, 30m), RubberStampPolicy.Parse("{\"minDecisions\":5}"));
    }

    [Theory]
    [InlineData("{\"minDecisions\":0}", "'minDecisions' must be a whole number of at least 1, not 0.")]
    [InlineData("{\"minDecisions\":2.5}", "'minDecisions' must be a whole number of at least 1, not 2.5.")]
    [InlineData("{\"approvalRate\":95}", "'approvalRate' is a share between 0 and 1 (0.95 = 95 %), not 95.")]
    [InlineData("{\"maxMedianSeconds\":0}", "'maxMedianSeconds' must be greater than 0, not 0.")]
    [InlineData("{\"maxMedianSecs\":30}", "'maxMedianSecs' is not a setting. Use minDecisions, approvalRate and maxMedianSeconds.")]
    [InlineData("30", "expected an object such as {\"minDecisions\":10,\"approvalRate\":0.95,\"maxMedianSeconds\":30}, not 30.")]
    public void Invalid_rubber_stamp_policy_is_refused(string json, string problem)
    {
        Assert.Equal($"Environment variable 'hitl_RubberStampPolicy' is invalid: {problem}", Assert.Throws<ConfigurationException>(() => RubberStampPolicy.Parse(json)).Message);
    }

    [Theory]
    [InlineData(10, 0.95, 30, true)]
    [InlineData(9, 1.0, 1, false)]
    [InlineData(10, 0.94, 1, false)]
    [InlineData(10, 1.0, 30.5, false)]
    public void Rubber_stamp_needs_all_three_conditions(int decisions, double rate, double medianSeconds, bool flagged)
    {
        Assert.Equal(flagged, RubberStampPolicy.Default.IsRubberStamp(decisions, (decimal)rate, (decimal)medianSeconds));
    }

    [Theory]
    [InlineData("72", 72)]
    [InlineData(" 1.5 ", 1.5)]
    public void Expiry_hours_parse(string raw, double hours)
    {
        Assert.Equal((decimal)hours, EscalationPolicy.ParseExpiryHours(raw));
    }

    [Theory]
    [InlineData("", "'' is not a number of hours (use digits with '.' as the decimal separator).")]
    [InlineData("72h", "'72h' is not a number of hours (use digits with '.' as the decimal separator).")]
    [InlineData("0", "0 hours is out of range; use a number greater than 0 and at most 8760.")]
    [InlineData("-1", "-1 hours is out of range; use a number greater than 0 and at most 8760.")]
    public void Invalid_expiry_hours_are_refused(string raw, string problem)
    {
        Assert.Equal($"Environment variable 'hitl_ApprovalExpiryHours' is invalid: {problem}", Assert.Throws<ConfigurationException>(() => EscalationPolicy.ParseExpiryHours(raw)).Message);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(" Sales Managers ", "Sales Managers")]
    public void Blank_escalation_team_means_the_manager(string raw, string? team)
    {
        Assert.Equal(team, EscalationPolicy.ParseTeamName(raw));
    }
}
