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

    /// <summary>
    /// Whole seconds: Dataverse stores date-times as UTC with second precision, so createdon, plug-ins' TimeProvider
    /// and <see cref="UtcNow"/> all read the same value. Sub-second advances accumulate underneath.
    /// </summary>
    public override DateTimeOffset GetUtcNow()
    {
        var ticks = Interlocked.Read(ref _utcTicks);
        return new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);

    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(delta), "Time only moves forward.");
        Interlocked.Add(ref _utcTicks, delta.Ticks);
    }

    internal FakeClock Copy() => new(new DateTimeOffset(Interlocked.Read(ref _utcTicks), TimeSpan.Zero));
}
