namespace Hitl.Emulator.Queries;

/// <summary>
/// Half-open UTC ranges [From, To) for the relative date operators. Dataverse evaluates them in the user's
/// time zone; the emulator uses UTC days and weeks starting on Sunday (the default first day of week).
/// </summary>
internal readonly record struct DateRange(DateTime From, DateTime To)
{
    public bool Contains(DateTime value) => value >= From && value < To;
}

internal static class DateRanges
{
    public static DateRange Day(DateTime day) => new(day.Date, day.Date.AddDays(1));

    public static DateRange Week(DateTime now, int offsetWeeks)
    {
        var start = now.Date.AddDays(-(int)now.DayOfWeek).AddDays(7 * offsetWeeks);
        return new DateRange(start, start.AddDays(7));
    }

    public static DateRange Month(DateTime now, int offsetMonths)
    {
        var start = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(offsetMonths);
        return new DateRange(start, start.AddMonths(1));
    }

    public static DateRange Year(DateTime now, int offsetYears)
    {
        var start = new DateTime(now.Year + offsetYears, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new DateRange(start, start.AddYears(1));
    }

    /// <summary>Last X units: from the start of the day X units back (hours: X hours back) up to now.</summary>
    public static DateRange Last(DateTime now, char unit, int x)
    {
        var from = unit == 'h' ? now.AddHours(-x) : Shift(now.Date, unit, -x);
        return new DateRange(from, now.AddTicks(1));
    }

    /// <summary>Next X units: from now to the end of the day X units ahead (hours: X hours ahead).</summary>
    public static DateRange Next(DateTime now, char unit, int x)
    {
        var to = unit == 'h' ? now.AddHours(x).AddTicks(1) : Shift(now.Date, unit, x).AddDays(1);
        return new DateRange(now, to);
    }

    /// <summary>Older than X units: strictly before now minus X units.</summary>
    public static DateTime OlderThan(DateTime now, char unit, int x) => unit switch
    {
        'n' => now.AddMinutes(-x),
        'h' => now.AddHours(-x),
        _ => Shift(now, unit, -x),
    };

    private static DateTime Shift(DateTime value, char unit, int amount) => unit switch
    {
        'd' => value.AddDays(amount),
        'w' => value.AddDays(7 * amount),
        'm' => value.AddMonths(amount),
        'y' => value.AddYears(amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
