using Hitl.Emulator.Pipeline;

namespace Hitl.Emulator;

public sealed record EmulatorOptions
{
    /// <summary>Seed for reproducible ids of new rows; null = random ids.</summary>
    public int? Seed { get; init; }

    /// <summary>Where the clock starts.</summary>
    public DateTimeOffset StartTime { get; init; } = FakeClock.DefaultStart;

    public string OrganizationName { get; init; } = "hitlsales";

    /// <summary>
    /// Handlers for SDK messages the emulator does not run yet, keyed by the message name plug-ins see (a request
    /// name such as "WinOpportunity" maps to "Win" first). Steps on the message run around the handler as for any
    /// other message. A name the emulator or the solution's custom APIs already handle is refused.
    /// </summary>
    public IReadOnlyDictionary<string, IMessageHandler> MessageHandlers { get; init; } = new Dictionary<string, IMessageHandler>();
}
