using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Hitl.Emulator.Queries;

/// <summary>
/// SQL Server LIKE: % any run, _ one character, [abc] / [a-z] / [^abc] sets; case-insensitive like the
/// default Dataverse collation (accent-sensitive here: see README).
/// </summary>
internal static class LikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string value, string pattern) =>
        Cache.GetOrAdd(pattern, p => new Regex(ToRegex(p), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline))
            .IsMatch(value);

    /// <summary>A LIKE pattern matching <paramref name="literal"/> exactly (for BeginsWith, EndsWith, Contains).</summary>
    public static string Escape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (c is '%' or '_' or '[')
            {
                builder.Append('[').Append(c).Append(']');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }
                    var set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[');
                    if (set.StartsWith('^'))
                    {
                        regex.Append('^');
                        set = set.Substring(1);
                    }
                    foreach (var member in set)
                    {
                        regex.Append(member == '-' ? "-" : Regex.Escape(member.ToString()));
                    }
                    regex.Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.Append('$').ToString();
    }
}
