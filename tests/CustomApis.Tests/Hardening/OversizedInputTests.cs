using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>Issue 7, item 7: a refusal quotes at most a short prefix of an oversized input, never the whole input.</summary>
public class OversizedInputTests
{
    private static readonly string Huge = string.Concat(Enumerable.Repeat("0123456789", 500));

    public static TheoryData<string> Inputs => new() { "Decision", "ReasonCode", "ResponderEmail", "Type" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_five_thousand_character_input_is_refused_quoting_only_its_start(string input)
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = world.RequestApproval();
        var now = world.Emulator.Clock.UtcNow;

        var fault = ProductEmulator.Fault(() => _ = input switch
        {
            "Decision" => world.Submit(world.Owner, id, Huge),
            "ReasonCode" => world.Submit(world.Owner, id, "Reject", reason: "Not a real company", reasonCode: Huge),
            "ResponderEmail" => world.Submit(flow, id, "Approve", responderEmail: Huge + "@contoso.test"),
            _ => world.Metrics(world.RoleApprover, now.AddDays(-1), now.AddDays(1), type: Huge),
        });

        Refusals.AssertClear(fault);
        Refusals.AssertQuotesAtMostAPrefix(fault, Huge);
        Assert.Equal(Hitl.Core.Approvals.ApprovalStatus.Pending, world.StatusOf(id));
    }
}
