using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>Issue 7, item 7: a setting that cannot be read falls back to its default, traced without its value, and never breaks the metrics.</summary>
public class MetricsSettingsFailSafeTests
{
    private const string TooBigFor64Bits = "123456789012345678901";

    [Theory]
    [InlineData("{\"minDecisions\":" + TooBigFor64Bits + "}")]
    [InlineData("{\"maxMedianSeconds\":" + TooBigFor64Bits + "}")]
    public void A_rubber_stamp_policy_holding_an_integer_too_big_for_64_bits_falls_back_to_the_default(string value)
    {
        var world = new ApprovalWorld();
        world.Configure("hitl_RubberStampPolicy", value);
        var id = world.RequestApproval();
        world.Submit(world.Owner, id, "Approve");
        var now = world.Emulator.Clock.UtcNow;

        var response = world.Metrics(world.RoleApprover, now.AddDays(-1), now.AddDays(1));

        Assert.Equal(1, response["Total"]);
        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("hitl_RubberStampPolicy", StringComparison.Ordinal));
        Assert.DoesNotContain(world.Emulator.Traces, t => t.Message.Contains(TooBigFor64Bits, StringComparison.Ordinal));
    }
}
