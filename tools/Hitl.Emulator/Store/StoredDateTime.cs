namespace Hitl.Emulator.Store;

/// <summary>How Dataverse keeps a date-time column: UTC (Unspecified taken as UTC, Local converted), whole seconds.</summary>
internal static class StoredDateTime
{
    public static DateTime Normalize(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return WholeSeconds(utc);
    }

    public static DateTime WholeSeconds(DateTime value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
