using Hitl.Emulator.Metadata;
using Hitl.Solution;
using System.Collections;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Compiles one ConditionExpression into a predicate. SQL semantics: a null column value matches only Null
/// (and DoesNotContainValues, which is NOT EXISTS in Dataverse); NotEqual, NotLike, NotIn, NotBetween, NotOn
/// and the "does not" string operators exclude nulls, as SQL's &lt;&gt; and NOT LIKE do.
/// </summary>
internal static class ConditionCompiler
{
    public static Func<QueryRow?[], bool> Compile(ConditionExpression condition, QueryNode defaultNode, QueryScope scope, QueryNode? semiJoin)
    {
        var node = scope.Resolve(condition.EntityName, defaultNode);
        if (node.IsSemiJoin && node != semiJoin)
        {
            throw QueryFaults.InvalidArgument(
                $"Columns of the {node.Link!.JoinOperator} link-entity '{node.Alias}' can only be used in its own filter.");
        }
        var column = string.IsNullOrEmpty(condition.AttributeName)
            ? throw QueryFaults.InvalidArgument("ConditionExpression.AttributeName is required.")
            : condition.AttributeName;
        var kind = scope.KindOf(node, column);
        var values = Flatten(condition.Values);
        var context = new Context(node, column, kind, values, condition.Operator, scope.Source);
        return condition.CompareColumns ? CompileColumnComparison(context, scope) : CompileOperator(context);
    }

    private sealed record Context(QueryNode Node, string Column, ColumnType Kind, IReadOnlyList<object?> Values,
        ConditionOperator Operator, IQueryDataSource Source)
    {
        public object? Raw(QueryRow?[] row) => QueryScope.Read(row[Node.Index], Column, Node.PrimaryId);

        public object? Get(QueryRow?[] row) => QueryValues.FromStored(Raw(row));

        public object? Typed(object? value) => QueryValues.ForColumn(value, Kind, Node.Table, Column);

        public string Describe => $"the condition on '{Node.Table}.{Column}' with operator {Operator}";
    }

    private static Func<QueryRow?[], bool> CompileOperator(Context c)
    {
        if (c.Kind == ColumnType.MultiSelectPicklist && c.Operator is not (ConditionOperator.Null or ConditionOperator.NotNull
            or ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues))
        {
            throw QueryFaults.InvalidArgument(
                $"Operator {c.Operator} is not valid for the multi-select choice column '{c.Node.Table}.{c.Column}'; use ContainValues or DoesNotContainValues.");
        }
        var now = c.Source.UtcNow;
        switch (c.Operator)
        {
            case ConditionOperator.Equal:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && QueryValues.AreEqual(x, v);
            }
            case ConditionOperator.NotEqual:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && !QueryValues.AreEqual(x, v);
            }
            case ConditionOperator.GreaterThan:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && QueryValues.Compare(x, v) > 0;
            }
            case ConditionOperator.GreaterEqual:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && QueryValues.Compare(x, v) >= 0;
            }
            case ConditionOperator.LessThan:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && QueryValues.Compare(x, v) < 0;
            }
            case ConditionOperator.LessEqual:
            {
                var v = Single(c);
                return row => c.Get(row) is { } x && QueryValues.Compare(x, v) <= 0;
            }
            case ConditionOperator.Like:
                return Like(c, TextPattern(c), negate: false);
            case ConditionOperator.NotLike:
                return Like(c, TextPattern(c), negate: true);
            case ConditionOperator.BeginsWith:
                return Like(c, LikePattern.Escape(TextPattern(c)) + "%", negate: false);
            case ConditionOperator.DoesNotBeginWith:
                return Like(c, LikePattern.Escape(TextPattern(c)) + "%", negate: true);
            case ConditionOperator.EndsWith:
                return Like(c, "%" + LikePattern.Escape(TextPattern(c)), negate: false);
            case ConditionOperator.DoesNotEndWith:
                return Like(c, "%" + LikePattern.Escape(TextPattern(c)), negate: true);
            // Dataverse's Contains is a full-text search; the emulator matches a substring.
            case ConditionOperator.Contains:
                return Like(c, "%" + LikePattern.Escape(TextPattern(c)) + "%", negate: false);
            case ConditionOperator.DoesNotContain:
                return Like(c, "%" + LikePattern.Escape(TextPattern(c)) + "%", negate: true);
            case ConditionOperator.In:
            {
                var set = ValueSet(c);
                return row => c.Get(row) is { } x && set.Contains(x);
            }
            case ConditionOperator.NotIn:
            {
                var set = ValueSet(c);
                return row => c.Get(row) is { } x && !set.Contains(x);
            }
            case ConditionOperator.Between:
            {
                var (low, high) = Pair(c);
                return row => c.Get(row) is { } x && QueryValues.Compare(x, low) >= 0 && QueryValues.Compare(x, high) <= 0;
            }
            case ConditionOperator.NotBetween:
            {
                var (low, high) = Pair(c);
                return row => c.Get(row) is { } x && (QueryValues.Compare(x, low) < 0 || QueryValues.Compare(x, high) > 0);
            }
            case ConditionOperator.Null:
                NoValues(c);
                return row => c.Raw(row) is null;
            case ConditionOperator.NotNull:
                NoValues(c);
                return row => c.Raw(row) is not null;
            case ConditionOperator.Yesterday:
                return InRange(c, DateRanges.Day(now.AddDays(-1)));
            case ConditionOperator.Today:
                return InRange(c, DateRanges.Day(now));
            case ConditionOperator.Tomorrow:
                return InRange(c, DateRanges.Day(now.AddDays(1)));
            case ConditionOperator.Last7Days:
                return InRange(c, DateRanges.Last(now, 'd', 7));
            case ConditionOperator.Next7Days:
                return InRange(c, DateRanges.Next(now, 'd', 7));
            case ConditionOperator.LastWeek:
                return InRange(c, DateRanges.Week(now, -1));
            case ConditionOperator.ThisWeek:
                return InRange(c, DateRanges.Week(now, 0));
            case ConditionOperator.NextWeek:
                return InRange(c, DateRanges.Week(now, 1));
            case ConditionOperator.LastMonth:
                return InRange(c, DateRanges.Month(now, -1));
            case ConditionOperator.ThisMonth:
                return InRange(c, DateRanges.Month(now, 0));
            case ConditionOperator.NextMonth:
                return InRange(c, DateRanges.Month(now, 1));
            case ConditionOperator.LastYear:
                return InRange(c, DateRanges.Year(now, -1));
            case ConditionOperator.ThisYear:
                return InRange(c, DateRanges.Year(now, 0));
            case ConditionOperator.NextYear:
                return InRange(c, DateRanges.Year(now, 1));
            case ConditionOperator.On:
                return InRange(c, DateRanges.Day(SingleDate(c)));
            case ConditionOperator.NotOn:
            {
                RequireDate(c);
                var day = DateRanges.Day(SingleDate(c));
                return row => c.Get(row) is DateTime x && !day.Contains(x);
            }
            case ConditionOperator.OnOrBefore:
                return InRange(c, new DateRange(DateTime.MinValue, SingleDate(c).Date.AddDays(1)));
            case ConditionOperator.OnOrAfter:
                return InRange(c, new DateRange(SingleDate(c).Date, DateTime.MaxValue));
            case ConditionOperator.LastXHours:
                return InRange(c, DateRanges.Last(now, 'h', X(c)));
            case ConditionOperator.LastXDays:
                return InRange(c, DateRanges.Last(now, 'd', X(c)));
            case ConditionOperator.LastXWeeks:
                return InRange(c, DateRanges.Last(now, 'w', X(c)));
            case ConditionOperator.LastXMonths:
                return InRange(c, DateRanges.Last(now, 'm', X(c)));
            case ConditionOperator.LastXYears:
                return InRange(c, DateRanges.Last(now, 'y', X(c)));
            case ConditionOperator.NextXHours:
                return InRange(c, DateRanges.Next(now, 'h', X(c)));
            case ConditionOperator.NextXDays:
                return InRange(c, DateRanges.Next(now, 'd', X(c)));
            case ConditionOperator.NextXWeeks:
                return InRange(c, DateRanges.Next(now, 'w', X(c)));
            case ConditionOperator.NextXMonths:
                return InRange(c, DateRanges.Next(now, 'm', X(c)));
            case ConditionOperator.NextXYears:
                return InRange(c, DateRanges.Next(now, 'y', X(c)));
            case ConditionOperator.OlderThanXMinutes:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'n', X(c))));
            case ConditionOperator.OlderThanXHours:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'h', X(c))));
            case ConditionOperator.OlderThanXDays:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'd', X(c))));
            case ConditionOperator.OlderThanXWeeks:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'w', X(c))));
            case ConditionOperator.OlderThanXMonths:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'm', X(c))));
            case ConditionOperator.OlderThanXYears:
                return InRange(c, new DateRange(DateTime.MinValue, DateRanges.OlderThan(now, 'y', X(c))));
            case ConditionOperator.EqualUserId:
            {
                RequireGuidColumn(c);
                NoValues(c);
                var caller = c.Source.CallerId;
                return row => c.Get(row) is Guid x && x == caller;
            }
            case ConditionOperator.NotEqualUserId:
            {
                RequireGuidColumn(c);
                NoValues(c);
                var caller = c.Source.CallerId;
                return row => c.Get(row) is Guid x && x != caller;
            }
            case ConditionOperator.EqualUserTeams:
            {
                RequireGuidColumn(c);
                NoValues(c);
                var teams = new HashSet<Guid>(c.Source.CallerTeamIds);
                return row => c.Get(row) is Guid x && teams.Contains(x);
            }
            case ConditionOperator.EqualUserOrUserTeams:
            {
                RequireGuidColumn(c);
                NoValues(c);
                var principals = new HashSet<Guid>(c.Source.CallerTeamIds) { c.Source.CallerId };
                return row => c.Get(row) is Guid x && principals.Contains(x);
            }
            case ConditionOperator.ContainValues:
            {
                var wanted = OptionValues(c);
                return row => StoredOptions(c.Raw(row)) is { } stored && stored.Overlaps(wanted);
            }
            case ConditionOperator.DoesNotContainValues:
            {
                var wanted = OptionValues(c);
                return row => StoredOptions(c.Raw(row)) is not { } stored || !stored.Overlaps(wanted);
            }
            default:
                throw QueryFaults.Unsupported($"The condition operator {c.Operator} (on '{c.Node.Table}.{c.Column}')");
        }
    }

    private static Func<QueryRow?[], bool> CompileColumnComparison(Context c, QueryScope scope)
    {
        if (c.Values.Count != 1 || c.Values[0] is not string other || other.Length == 0)
        {
            throw QueryFaults.InvalidArgument($"A column comparison ({c.Describe}) needs exactly one value: the other column's name.");
        }
        var otherNode = c.Node;
        var dot = other.IndexOf('.');
        if (dot > 0)
        {
            otherNode = scope.Resolve(other.Substring(0, dot), c.Node);
            other = other.Substring(dot + 1);
        }
        scope.KindOf(otherNode, other);
        Func<QueryRow?[], object?> right = row => QueryValues.FromStored(QueryScope.Read(row[otherNode.Index], other, otherNode.PrimaryId));
        Func<int, bool> test = c.Operator switch
        {
            ConditionOperator.Equal => r => r == 0,
            ConditionOperator.NotEqual => r => r != 0,
            ConditionOperator.GreaterThan => r => r > 0,
            ConditionOperator.GreaterEqual => r => r >= 0,
            ConditionOperator.LessThan => r => r < 0,
            ConditionOperator.LessEqual => r => r <= 0,
            _ => throw QueryFaults.Unsupported($"The operator {c.Operator} in a column comparison (on '{c.Node.Table}.{c.Column}')"),
        };
        return row => c.Get(row) is { } x && right(row) is { } y && test(QueryValues.Compare(x, y));
    }

    private static List<object?> Flatten(IEnumerable<object> values)
    {
        var result = new List<object?>();
        foreach (var value in values)
        {
            // Arrays and lists passed as one value (e.g. AddCondition("x", In, new[] { 1, 2 })) stand for their items.
            if (value is IEnumerable items and not string and not byte[])
            {
                foreach (var item in items)
                {
                    result.Add(item);
                }
            }
            else
            {
                result.Add(value);
            }
        }
        return result;
    }

    private static object Single(Context c)
    {
        if (c.Values.Count != 1)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs exactly one value, not {c.Values.Count}.");
        }
        return c.Typed(c.Values[0])
            ?? throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} has a null value; use the Null or NotNull operator.");
    }

    private static DateTime SingleDate(Context c)
    {
        RequireDate(c);
        return (DateTime)Single(c);
    }

    private static (object Low, object High) Pair(Context c)
    {
        if (c.Values.Count != 2 || c.Values.Any(v => v is null))
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs exactly two non-null values.");
        }
        return (c.Typed(c.Values[0])!, c.Typed(c.Values[1])!);
    }

    private static HashSet<object?> ValueSet(Context c)
    {
        if (c.Values.Count == 0)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs at least one value.");
        }
        return new HashSet<object?>(c.Values.Where(v => v is not null).Select(c.Typed), QueryValues.KeyComparer);
    }

    private static void NoValues(Context c)
    {
        if (c.Values.Count != 0)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} takes no values.");
        }
    }

    /// <summary>
    /// Columns whose values the emulator does not model (virtual, party list, image, file): operators are not
    /// checked against them and compare whatever is stored.
    /// </summary>
    private static bool IsUnmodelled(ColumnType kind) =>
        kind is ColumnType.Virtual or ColumnType.PartyList or ColumnType.Image or ColumnType.File;

    private static string TextPattern(Context c)
    {
        if (c.Kind is not (ColumnType.String or ColumnType.Memo or ColumnType.EntityName) && !IsUnmodelled(c.Kind))
        {
            throw QueryFaults.InvalidArgument($"Operator {c.Operator} needs a text column; '{c.Node.Table}.{c.Column}' is {c.Kind}.");
        }
        return (string)Single(c);
    }

    private static Func<QueryRow?[], bool> Like(Context c, string pattern, bool negate) =>
        row => c.Get(row) is string x && LikePattern.IsMatch(x, pattern) != negate;

    private static Func<QueryRow?[], bool> InRange(Context c, DateRange range)
    {
        RequireDate(c);
        return row => c.Get(row) is DateTime x && range.Contains(x);
    }

    private static void RequireDate(Context c)
    {
        if (c.Kind is not ColumnType.DateTime && !IsUnmodelled(c.Kind))
        {
            throw QueryFaults.InvalidArgument($"Operator {c.Operator} needs a date and time column; '{c.Node.Table}.{c.Column}' is {c.Kind}.");
        }
    }

    private static void RequireGuidColumn(Context c)
    {
        if (c.Kind is not (ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.Uniqueidentifier
            or ColumnType.PrimaryKey) && !IsUnmodelled(c.Kind))
        {
            throw QueryFaults.InvalidArgument($"Operator {c.Operator} needs a lookup or unique identifier column; '{c.Node.Table}.{c.Column}' is {c.Kind}.");
        }
    }

    /// <summary>The X of LastXDays, OlderThanXMonths, ...: a whole number, given as int or text.</summary>
    private static int X(Context c)
    {
        if (c.Values.Count != 1 || c.Values[0] is null)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs exactly one whole-number value.");
        }
        var value = c.Values[0]!;
        try
        {
            return value is string s ? int.Parse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture)
                : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs a whole number, not '{value}'.");
        }
    }

    private static HashSet<int> OptionValues(Context c)
    {
        if (c.Kind is not ColumnType.MultiSelectPicklist && !IsUnmodelled(c.Kind))
        {
            throw QueryFaults.InvalidArgument($"Operator {c.Operator} needs a multi-select choice column; '{c.Node.Table}.{c.Column}' is {c.Kind}.");
        }
        if (c.Values.Count == 0)
        {
            throw QueryFaults.InvalidArgument($"{Capitalize(c.Describe)} needs at least one value.");
        }
        return new HashSet<int>(c.Values.Select(v => (int)(decimal)QueryValues.ForColumn(v, ColumnType.MultiSelectPicklist, c.Node.Table, c.Column)!));
    }

    private static HashSet<int>? StoredOptions(object? stored) => stored switch
    {
        OptionSetValueCollection options when options.Count > 0 => new HashSet<int>(options.Select(o => o.Value)),
        IEnumerable<int> ints => new HashSet<int>(ints),
        _ => null,
    };

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
