namespace Hitl.Emulator;

/// <summary>
/// The emulator's clock: drives createdon/modifiedon, date query operators and the TimeProvider handed
/// to plug-ins, so tests move time instead of sleeping. Thread-safe.
/// </summary>
public sealed class FakeClock : TimeProvider
{
    private long _utcTicks;

    public FakeClock(DateTimeOffset start) => _utcTicks = start.UtcTicks;

    /// <summary>2026-01-05 09:00 UTC, a Monday: a fixed, readable default.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Dataverse stores date-times as UTC with second precision; plug-ins read the same.</summary>
    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);

    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(delta), "Time only moves forward.");
        Interlocked.Add(ref _utcTicks, delta.Ticks);
    }

    internal FakeClock Copy() => new(GetUtcNow());
}
