using System.Globalization;
using Hitl.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Store;

/// <summary>
/// The range and precision of integer, bigint, decimal, double and money columns, as Dataverse applies them on write:
/// a value outside MinValue..MaxValue is refused with 0x80044330 and the platform's message; a value with more
/// decimal places than the column's precision is stored rounded to it.
/// </summary>
internal static class NumericColumns
{
    public static void CheckRange(string table, ColumnMetadata column, object value)
    {
        if (column.MinValue is not { } min || column.MaxValue is not { } max || AsDecimal(value) is not { } number) return;
        if (number >= min && number <= max) return;
        throw Faults.Create(ErrorCodes.ValueOutOfRange,
            $"A validation error occurred for {table}.{column.LogicalName}. The value {Format(value)} of type {value.GetType().FullName} is outside the valid range({Plain(min)} to {Plain(max)}).");
    }

    /// <summary>The value to store: decimal, double and money rounded to the column's precision (away from zero, as SQL rounds).</summary>
    public static object Round(ColumnMetadata column, object value) => (column.Precision, value) switch
    {
        (int places, decimal d) => Math.Round(d, places, MidpointRounding.AwayFromZero),
        (int places, double d) => Math.Round(d, places, MidpointRounding.AwayFromZero),
        (int places, Money m) => new Money(Math.Round(m.Value, places, MidpointRounding.AwayFromZero)),
        _ => value,
    };

    private static decimal? AsDecimal(object value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        Money m => m.Value,
        // A double beyond decimal's range is beyond every column's range too.
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        double => decimal.MaxValue,
        _ => null,
    };

    private static string Format(object value) => value switch
    {
        Money m => Plain(m.Value),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A decimal without trailing zeros (metadata keeps the scale it was written with).</summary>
    private static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
