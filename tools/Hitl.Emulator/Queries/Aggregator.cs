using Hitl.Emulator.Metadata;
using Hitl.Solution;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// Aggregate FetchXML: groups the filtered, joined rows and returns one entity per group whose attributes are
/// AliasedValues under the FetchXML aliases. count/countcolumn → int; sum/min/max keep the column's type
/// (Money stays Money); avg → decimal (Money for money, double for float columns).
/// </summary>
internal sealed class Aggregator
{
    private readonly AggregateSpec spec;
    private readonly QueryScope scope;
    private readonly List<Bound> columns;
    private readonly List<(int Column, bool Descending)> orders;

    private sealed record Bound(AggregateColumn Column, QueryNode Node, ColumnType Kind);

    private Aggregator(AggregateSpec spec, QueryScope scope, List<Bound> columns, List<(int, bool)> orders)
    {
        this.spec = spec;
        this.scope = scope;
        this.columns = columns;
        this.orders = orders;
    }

    public static Aggregator Build(AggregateSpec spec, QueryExpression query, QueryScope scope)
    {
        if (query.Distinct)
        {
            throw QueryFaults.Unsupported("distinct='true' together with aggregate='true'");
        }
        var bound = new List<Bound>();
        foreach (var column in spec.Columns)
        {
            var node = column.Link is null ? scope.Root : scope.Nodes.Single(n => ReferenceEquals(n.Link, column.Link));
            var kind = scope.KindOf(node, column.Attribute);
            Check(column, kind, node);
            if (bound.Any(b => string.Equals(b.Column.Alias, column.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                throw QueryFaults.InvalidArgument($"The alias '{column.Alias}' is used by more than one aggregate attribute.");
            }
            bound.Add(new Bound(column, node, kind));
        }
        var orders = new List<(int, bool)>();
        var allOrders = query.Orders.Concat(scope.Nodes.Skip(1).SelectMany(n => n.Link!.Orders));
        foreach (var order in allOrders)
        {
            var index = string.IsNullOrEmpty(order.Alias)
                ? -1
                : bound.FindIndex(b => string.Equals(b.Column.Alias, order.Alias, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw QueryFaults.InvalidArgument(
                    $"An aggregate query orders by the alias of one of its attributes; '{order.Alias ?? order.AttributeName}' is not one.");
            }
            orders.Add((index, order.OrderType == OrderType.Descending));
        }
        return new Aggregator(spec, scope, bound, orders);
    }

    private static void Check(AggregateColumn column, ColumnType kind, QueryNode node)
    {
        var where = $"'{node.Table}.{column.Attribute}' (alias '{column.Alias}')";
        if (column.DateGrouping.HasValue && kind != ColumnType.DateTime)
        {
            throw QueryFaults.InvalidArgument($"dategrouping needs a date and time column; {where} is {kind}.");
        }
        var numeric = kind is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;
        switch (column.Function)
        {
            case AggregateFunction.Sum or AggregateFunction.Avg when !numeric:
                throw QueryFaults.InvalidArgument($"The aggregate {column.Function} needs a number or currency column; {where} is {kind}.");
            case AggregateFunction.Min or AggregateFunction.Max when !numeric && kind != ColumnType.DateTime:
                throw QueryFaults.InvalidArgument($"The aggregate {column.Function} needs a number, currency or date column; {where} is {kind}.");
        }
    }

    public EntityCollection Execute(List<QueryRow?[]> rows, Pager pager)
    {
        // The limit counts the rows the aggregate scans: after joins and filters.
        if (rows.Count > spec.Limit)
        {
            throw QueryFaults.AggregateLimit();
        }
        var groupColumns = columns.Select((b, i) => (b, i)).Where(x => x.b.Column.GroupBy).Select(x => x.i).ToList();
        var groups = new Dictionary<object, List<QueryRow?[]>>(QueryValues.KeyComparer!);
        var groupOrder = new List<object>();
        foreach (var row in rows)
        {
            var key = groupColumns.Select(i => GroupKey(columns[i], row)).ToArray<object?>();
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = new List<QueryRow?[]>();
                groupOrder.Add(key);
            }
            members.Add(row);
        }
        if (groupColumns.Count == 0 && groups.Count == 0)
        {
            // Without group-by an aggregate always answers one row (count 0 over an empty table).
            var empty = Array.Empty<object?>();
            groups[empty] = new List<QueryRow?[]>();
            groupOrder.Add(empty);
        }

        var results = groupOrder.Select(key => Result(groups[key])).ToList();
        var sortKeys = orders.Count > 0
            ? orders
            : groupColumns.Select(i => (Column: i, Descending: false)).ToList();
        results.Sort((a, b) =>
        {
            foreach (var (column, descending) in sortKeys)
            {
                var result = QueryValues.CompareNullable(SortValue(a, column), SortValue(b, column));
                if (result != 0)
                {
                    return descending ? -result : result;
                }
            }
            return 0;
        });

        var window = pager.Window(results.Count, null, scope.Root.PrimaryId);
        var page = results.GetRange(window.Start, window.Count);
        var collection = new EntityCollection(page)
        {
            EntityName = scope.Root.Table,
            MoreRecords = window.MoreRecords,
            TotalRecordCount = -1,
        };
        if (pager.ReturnTotalRecordCount)
        {
            collection.TotalRecordCount = Math.Min(results.Count, Pager.TotalRecordCountLimit);
            collection.TotalRecordCountLimitExceeded = results.Count > Pager.TotalRecordCountLimit;
        }
        return collection;
    }

    private object? SortValue(Entity entity, int column)
    {
        var alias = columns[column].Column.Alias;
        return entity.Attributes.TryGetValue(alias, out var value) ? QueryValues.FromStored(value) : null;
    }

    private static object? Raw(Bound bound, QueryRow?[] row) =>
        QueryScope.Read(row[bound.Node.Index], bound.Column.Attribute, bound.Node.PrimaryId);

    private static object? GroupKey(Bound bound, QueryRow?[] row)
    {
        var raw = Raw(bound, row);
        return bound.Column.DateGrouping is { } grouping && raw is not null
            ? (decimal)DatePart((DateTime)QueryValues.FromStored(raw)!, grouping)
            : QueryValues.FromStored(raw);
    }

    private Entity Result(List<QueryRow?[]> members)
    {
        var entity = new Entity(scope.Root.Table);
        foreach (var bound in columns)
        {
            var column = bound.Column;
            var value = column.GroupBy ? GroupValue(bound, members[0]) : Aggregate(bound, members);
            if (value is null)
            {
                continue;
            }
            entity[column.Alias] = new AliasedValue(bound.Node.Table, column.Attribute, value);
            var formattable = column.DateGrouping is null && (column.GroupBy || column.Function is AggregateFunction.Min or AggregateFunction.Max);
            if (formattable && scope.Source.FormatValue(bound.Node.Table, column.Attribute, value) is { } formatted)
            {
                entity.FormattedValues[column.Alias] = formatted;
            }
        }
        return entity;
    }

    private object? GroupValue(Bound bound, QueryRow?[] row)
    {
        var raw = Raw(bound, row);
        if (raw is null)
        {
            return null;
        }
        return bound.Column.DateGrouping is { } grouping
            ? DatePart((DateTime)QueryValues.FromStored(raw)!, grouping)
            : scope.ForCaller(raw);
    }

    private object? Aggregate(Bound bound, List<QueryRow?[]> members)
    {
        var column = bound.Column;
        if (column.Function == AggregateFunction.Count)
        {
            return members.Count;
        }
        var raws = members.Select(row => Raw(bound, row)).Where(v => v is not null).Select(v => v!).ToList();
        switch (column.Function)
        {
            case AggregateFunction.CountColumn:
                return column.Distinct
                    ? raws.Select(QueryValues.FromStored).Distinct(QueryValues.KeyComparer).Count()
                    : raws.Count;
            case AggregateFunction.Min or AggregateFunction.Max when raws.Count > 0:
                var best = raws[0];
                foreach (var raw in raws.Skip(1))
                {
                    var comparison = QueryValues.Compare(QueryValues.FromStored(raw)!, QueryValues.FromStored(best)!);
                    if (column.Function == AggregateFunction.Min ? comparison < 0 : comparison > 0)
                    {
                        best = raw;
                    }
                }
                return scope.ForCaller(best);
            case AggregateFunction.Sum when raws.Count > 0:
                return Sum(bound.Kind, raws);
            case AggregateFunction.Avg when raws.Count > 0:
                return Average(bound.Kind, raws);
            default:
                return null;
        }
    }

    private static object Sum(ColumnType kind, List<object> raws)
    {
        switch (kind)
        {
            case ColumnType.Double:
                return raws.Sum(v => Convert.ToDouble(QueryValues.FromStored(v), CultureInfo.InvariantCulture));
            case ColumnType.Money:
                return new Money(raws.Sum(v => (decimal)QueryValues.FromStored(v)!));
        }
        var total = raws.Sum(v => (decimal)QueryValues.FromStored(v)!);
        // Arms typed object: a switch over int/long/decimal would otherwise widen every arm to decimal.
        return kind switch
        {
            ColumnType.Integer when total is >= int.MinValue and <= int.MaxValue => (object)(int)total,
            ColumnType.Integer or ColumnType.BigInt => (object)(long)total,
            _ => (object)total,
        };
    }

    private static object Average(ColumnType kind, List<object> raws) => kind switch
    {
        ColumnType.Double => (object)raws.Average(v => Convert.ToDouble(QueryValues.FromStored(v), CultureInfo.InvariantCulture)),
        ColumnType.Money => new Money(raws.Average(v => (decimal)QueryValues.FromStored(v)!)),
        _ => raws.Average(v => (decimal)QueryValues.FromStored(v)!),
    };

    /// <summary>The number a date grouping returns (SQL DATEPART: weeks start on Sunday, week 1 holds 1 January).</summary>
    private static int DatePart(DateTime value, DateGrouping grouping) => grouping switch
    {
        DateGrouping.Day => value.Day,
        DateGrouping.Week => CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(value, CalendarWeekRule.FirstDay, DayOfWeek.Sunday),
        DateGrouping.Month => value.Month,
        DateGrouping.Quarter => (value.Month - 1) / 3 + 1,
        _ => value.Year,
    };
}
