namespace Hitl.Core.Scoring;

/// <summary>
/// Reads a lead's plain values. A missing key, null and empty or blank text are all "no value". A value of the wrong
/// type is a bug in the mapping from Dataverse rows, so it throws naming the column (never the value: it may be
/// personal data).
/// </summary>
internal static class LeadValues
{
    public static object? Get(IReadOnlyDictionary<string, object?> lead, string column)
    {
        if (!lead.TryGetValue(column, out var value)) return null;
        return value is string text && string.IsNullOrWhiteSpace(text) ? null : value;
    }

    public static double Number(string column, object value)
    {
        var number = value switch
        {
            int i => i,
            long l => l,
            decimal m => (double)m,
            double d => d,
            float f => f,
            short s => s,
            _ => throw WrongType(column, value, LeadColumnKind.Number),
        };
        if (double.IsNaN(number) || double.IsInfinity(number)) throw new ArgumentException($"The lead column '{column}' holds a number that is not finite.");
        return number;
    }

    public static string Text(string column, object value) => value as string ?? throw WrongType(column, value, LeadColumnKind.Text);

    public static bool Boolean(string column, object value) => value is bool b ? b : throw WrongType(column, value, LeadColumnKind.Boolean);

    public static int Choice(string column, object value) => value is int i ? i : throw WrongType(column, value, LeadColumnKind.Choice);

    private static ArgumentException WrongType(string column, object value, LeadColumnKind kind) =>
        new($"The lead column '{column}' holds a {value.GetType().Name}; a {kind} column needs {Expected(kind)}.");

    private static string Expected(LeadColumnKind kind) => kind switch
    {
        LeadColumnKind.Text => "a string",
        LeadColumnKind.Number => "an int, long, decimal, double or float",
        LeadColumnKind.Boolean => "a bool",
        LeadColumnKind.Choice => "the option value as an int",
        _ => "a DateTime",
    };
}
