using Hitl.Emulator.Metadata;
using Hitl.Solution;
using System.Data.SqlTypes;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Turns stored values and condition values into one comparable form: string, decimal, double, bool,
/// DateTime (UTC), Guid, or null. SDK wrappers (Money, OptionSetValue, EntityReference) compare by their value.
/// </summary>
internal static class QueryValues
{
    /// <summary>A stored value in comparable form; the type of the stored value decides.</summary>
    public static object? FromStored(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => (decimal)i,
        long l => (decimal)l,
        short sh => (decimal)sh,
        decimal d => d,
        double db => db,
        float f => (double)f,
        Money m => m.Value,
        bool b => b,
        DateTime dt => ToUtc(dt),
        DateTimeOffset dto => dto.UtcDateTime,
        OptionSetValue o => (decimal)o.Value,
        EntityReference r => r.Id,
        Guid g => g,
        AliasedValue a => FromStored(a.Value),
        Enum e => Convert.ToDecimal(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>
    /// A condition value converted to the column's kind: FetchXML gives text, QueryExpression callers may give
    /// raw values or SDK types. A value that cannot be converted is an InvalidArgument fault naming the column.
    /// </summary>
    public static object? ForColumn(object? value, ColumnType kind, string table, string column)
    {
        if (value is null)
        {
            return null;
        }
        if (value is AliasedValue aliased)
        {
            return ForColumn(aliased.Value, kind, table, column);
        }
        try
        {
            switch (kind)
            {
                case ColumnType.String:
                case ColumnType.Memo:
                case ColumnType.EntityName:
                    return value is string s ? s : Convert.ToString(FromStored(value), CultureInfo.InvariantCulture);
                case ColumnType.Integer:
                case ColumnType.BigInt:
                case ColumnType.Decimal:
                case ColumnType.Money:
                case ColumnType.Picklist:
                case ColumnType.MultiSelectPicklist:
                case ColumnType.State:
                case ColumnType.Status:
                    return value is string text
                        ? decimal.Parse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture)
                        : Convert.ToDecimal(FromStored(value), CultureInfo.InvariantCulture);
                case ColumnType.Double:
                    return value is string dtext
                        ? double.Parse(dtext.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)
                        : Convert.ToDouble(FromStored(value), CultureInfo.InvariantCulture);
                case ColumnType.Boolean:
                    return ToBoolean(value);
                case ColumnType.DateTime:
                    return value is string dtText
                        ? DateTime.Parse(dtText.Trim(), CultureInfo.InvariantCulture,
                            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
                        : (DateTime)FromStored(value)!;
                case ColumnType.Lookup:
                case ColumnType.Owner:
                case ColumnType.Customer:
                case ColumnType.Uniqueidentifier:
                case ColumnType.PrimaryKey:
                    return value is string gtext ? Guid.Parse(gtext.Trim()) : (Guid)FromStored(value)!;
                default:
                    return FromStored(value);
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw QueryFaults.InvalidArgument(
                $"An exception {ex.GetType().FullName} was thrown while trying to convert input value '{value}' to attribute '{table}.{column}'. " +
                $"Expected type of attribute value: {kind}.");
        }
    }

    private static bool ToBoolean(object value) => value switch
    {
        bool b => b,
        string s when s.Trim() == "1" || s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Trim() == "0" || s.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        int i when i is 0 or 1 => i == 1,
        _ => throw new FormatException($"'{value}' is not a Boolean value (1, 0, true or false)."),
    };

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    /// <summary>SQL-like comparison of two non-null comparable values: strings case-insensitively, Guids as SQL Server orders them.</summary>
    public static int Compare(object left, object right)
    {
        switch (left, right)
        {
            case (string a, string b):
                return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            case (decimal a, decimal b):
                return a.CompareTo(b);
            case (double a, double b):
                return a.CompareTo(b);
            case (decimal a, double b):
                return ((double)a).CompareTo(b);
            case (double a, decimal b):
                return a.CompareTo((double)b);
            case (bool a, bool b):
                return a.CompareTo(b);
            case (DateTime a, DateTime b):
                return a.Ticks.CompareTo(b.Ticks);
            case (Guid a, Guid b):
                return new SqlGuid(a).CompareTo(new SqlGuid(b));
            default:
                throw QueryFaults.InvalidArgument(
                    $"Cannot compare a value of type {left.GetType().Name} with a value of type {right.GetType().Name}.");
        }
    }

    public static bool AreEqual(object left, object right) => Compare(left, right) == 0;

    /// <summary>Nulls first (SQL Server ascending order).</summary>
    public static int CompareNullable(object? left, object? right)
    {
        if (left is null)
        {
            return right is null ? 0 : -1;
        }
        return right is null ? 1 : Compare(left, right);
    }

    /// <summary>Equality/hash over comparable values, consistent with <see cref="Compare"/> (join keys, grouping, distinct).</summary>
    public static readonly IEqualityComparer<object?> KeyComparer = new ValueKeyComparer();

    private sealed class ValueKeyComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y)
        {
            if (x is null || y is null)
            {
                return x is null && y is null;
            }
            if (x is object[] xs && y is object[] ys)
            {
                return xs.Length == ys.Length && xs.Zip(ys).All(p => Equals(p.First, p.Second));
            }
            if (x.GetType() != y.GetType())
            {
                return false;
            }
            return Compare(x, y) == 0;
        }

        public int GetHashCode(object? obj) => obj switch
        {
            null => 0,
            string s => StringComparer.OrdinalIgnoreCase.GetHashCode(s),
            object[] parts => parts.Aggregate(17, (h, p) => unchecked(h * 31 + GetHashCode(p))),
            _ => obj.GetHashCode(),
        };
    }

    /// <summary>A copy the caller may change without touching the store (the SDK value types are mutable).</summary>
    public static object? CopyForCaller(object? value) => value switch
    {
        EntityReference r => new EntityReference(r.LogicalName, r.Id) { Name = r.Name },
        OptionSetValue o => new OptionSetValue(o.Value),
        Money m => new Money(m.Value),
        OptionSetValueCollection c => new OptionSetValueCollection(c.Select(o => new OptionSetValue(o.Value)).ToList()),
        _ => value,
    };
}
