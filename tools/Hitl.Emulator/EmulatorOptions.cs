namespace Hitl.Emulator;

public sealed record EmulatorOptions
{
    /// <summary>Seed for reproducible ids of new rows; null = random ids.</summary>
    public int? Seed { get; init; }

    /// <summary>Where the clock starts.</summary>
    public DateTimeOffset StartTime { get; init; } = FakeClock.DefaultStart;

    public string OrganizationName { get; init; } = "hitlsales";
}
