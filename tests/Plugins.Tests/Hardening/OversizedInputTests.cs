using Hitl.Testing;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: a refusal quotes at most a short prefix of an oversized input, never the whole input.</summary>
public class OversizedInputTests
{
    [Fact]
    public void A_five_thousand_character_regarding_id_is_refused_quoting_only_its_start()
    {
        var world = new ApprovalWorld();
        var regardingId = string.Concat(Enumerable.Repeat("not-a-guid-", 455)).Substring(0, 5000);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(BadApprovalInputTests.NewApproval(world, approval =>
        {
            approval["hitl_regardingtable"] = "lead";
            approval["hitl_regardingid"] = regardingId;
        })));

        Refusals.AssertClear(fault, "Regarding id");
        Refusals.AssertQuotesAtMostAPrefix(fault, regardingId);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }
}
