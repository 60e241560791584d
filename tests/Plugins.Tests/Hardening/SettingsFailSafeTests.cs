using Hitl.Testing;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: a setting that cannot be read falls back to its default, traced without its value, and never breaks a save.</summary>
public class SettingsFailSafeTests
{
    private const string TooBigFor64Bits = "123456789012345678901";

    [Theory]
    [InlineData("{\"default\":" + TooBigFor64Bits + "}")]
    [InlineData("{\"default\":48,\"LeadReview\":" + TooBigFor64Bits + "}")]
    public void An_sla_holding_an_integer_too_big_for_64_bits_falls_back_to_the_default_and_the_approval_is_created(string value)
    {
        var world = new ApprovalWorld();
        world.Emulator.SetEnvironmentVariable("hitl_ApprovalSlaHours", value);
        var now = world.Emulator.Clock.UtcNow;

        var id = world.RequestApproval();

        Assert.Equal(now.AddHours(48), world.Approval(id)["hitl_dueon"]);
        Assert.Contains(world.Emulator.Traces, t => t.Message.Contains("hitl_ApprovalSlaHours", StringComparison.Ordinal));
        Assert.DoesNotContain(world.Emulator.Traces, t => t.Message.Contains(TooBigFor64Bits, StringComparison.Ordinal));
    }
}
