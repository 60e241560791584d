using Microsoft.Xrm.Sdk;

namespace Hitl.Testing;

/// <summary>What every refusal of bad input must look like: a business message (IsvAborted), never the unexpected-error text.</summary>
internal static class Refusals
{
    public const int IsvAborted = -2147220891;

    public static void AssertClear(OrganizationServiceFault fault, params string[] fragments)
    {
        Assert.DoesNotContain("unexpected error", fault.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(IsvAborted, fault.ErrorCode);
        foreach (var fragment in fragments) Assert.Contains(fragment, fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A refusal quotes at most a short prefix of an oversized input.</summary>
    public static void AssertQuotesAtMostAPrefix(OrganizationServiceFault fault, string input)
    {
        Assert.DoesNotContain(input.Substring(0, 100), fault.Message, StringComparison.Ordinal);
        Assert.True(fault.Message.Length < 1000, $"The refusal has {fault.Message.Length} characters: {fault.Message.Substring(0, Math.Min(300, fault.Message.Length))}…");
    }
}
