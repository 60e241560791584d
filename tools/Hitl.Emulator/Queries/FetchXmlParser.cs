using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>A FetchXML query translated to the QueryExpression the engine runs, plus its aggregate part.</summary>
internal sealed record FetchQuery(QueryExpression Query, AggregateSpec? Aggregate);

/// <summary>
/// Parses FetchXML into a QueryExpression. Condition values stay text: the engine converts them through the
/// column's kind, so FetchXML and QueryExpression share one evaluator. Anything not understood faults with
/// its name instead of being ignored.
/// </summary>
internal static class FetchXmlParser
{
    // Attributes that change nothing an in-memory query can observe.
    private static readonly HashSet<string> IgnoredFetchAttributes = new(StringComparer.Ordinal)
    {
        "version", "mapping", "output-format", "no-lock", "latematerialize", "useraworderby", "options", "datasource",
    };

    public static FetchQuery Parse(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw QueryFaults.InvalidArgument("FetchExpression.Query is empty.");
        }
        XElement fetch;
        try
        {
            fetch = XElement.Parse(fetchXml!);
        }
        catch (XmlException ex)
        {
            throw QueryFaults.InvalidArgument($"The FetchXML is not well-formed XML: {ex.Message}");
        }
        if (fetch.Name.LocalName != "fetch")
        {
            throw QueryFaults.InvalidArgument($"A FetchXML query starts with <fetch>, not <{fetch.Name.LocalName}>.");
        }

        var query = new QueryExpression { PageInfo = new PagingInfo() };
        var aggregate = false;
        int? aggregateLimit = null;
        foreach (var attribute in fetch.Attributes())
        {
            var value = attribute.Value;
            switch (attribute.Name.LocalName)
            {
                case "top": query.TopCount = Int(value, "top"); break;
                case "count": query.PageInfo.Count = Int(value, "count"); break;
                case "page": query.PageInfo.PageNumber = Int(value, "page"); break;
                case "paging-cookie": query.PageInfo.PagingCookie = value; break;
                case "distinct": query.Distinct = Bool(value, "distinct"); break;
                case "aggregate": aggregate = Bool(value, "aggregate"); break;
                case "returntotalrecordcount": query.PageInfo.ReturnTotalRecordCount = Bool(value, "returntotalrecordcount"); break;
                case "aggregatelimit": aggregateLimit = Int(value, "aggregatelimit"); break;
                case var name when IgnoredFetchAttributes.Contains(name): break;
                case var name: throw Unsupported($"The <fetch> attribute '{name}'");
            }
        }

        var entities = fetch.Elements().ToList();
        if (entities.Count != 1 || entities[0].Name.LocalName != "entity")
        {
            throw QueryFaults.InvalidArgument("<fetch> must contain exactly one <entity> element.");
        }
        var entity = entities[0];
        query.EntityName = Required(entity, "name");
        var state = new ParseState(aggregate);
        ParseEntityChildren(entity, query.EntityName, null, query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities, state);
        if (!aggregate && !state.RootHasColumns)
        {
            // No <attribute> at all means every column, like <all-attributes/>.
            query.ColumnSet.AllColumns = true;
        }
        if (!aggregate)
        {
            return new FetchQuery(query, null);
        }
        if (state.AggregateColumns.Count == 0)
        {
            throw QueryFaults.InvalidArgument("An aggregate FetchXML query needs at least one <attribute> with aggregate or groupby.");
        }
        var limit = Math.Min(aggregateLimit ?? AggregateSpec.MaxRecordLimit, AggregateSpec.MaxRecordLimit);
        return new FetchQuery(query, new AggregateSpec(state.AggregateColumns, limit));
    }

    private sealed class ParseState
    {
        public ParseState(bool aggregate) => Aggregate = aggregate;

        public bool Aggregate { get; }
        public bool RootHasColumns { get; set; }
        public List<AggregateColumn> AggregateColumns { get; } = new();
    }

    private static void ParseEntityChildren(XElement element, string table, LinkEntity? link, ColumnSet columns,
        FilterExpression criteria, ICollection<OrderExpression> orders, ICollection<LinkEntity> links, ParseState state)
    {
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    ParseAttribute(child, link, columns, state);
                    break;
                case "all-attributes":
                    if (state.Aggregate)
                    {
                        throw QueryFaults.InvalidArgument("<all-attributes/> cannot be used in an aggregate query.");
                    }
                    columns.AllColumns = true;
                    state.RootHasColumns |= link is null;
                    break;
                case "order":
                    orders.Add(ParseOrder(child));
                    break;
                case "filter":
                    criteria.AddFilter(ParseFilter(child));
                    break;
                case "link-entity":
                    links.Add(ParseLink(child, table, state));
                    break;
                default:
                    throw Unsupported($"The element <{child.Name.LocalName}> inside <{element.Name.LocalName} name='{table}'>");
            }
        }
    }

    private static void ParseAttribute(XElement element, LinkEntity? link, ColumnSet columns, ParseState state)
    {
        var name = Required(element, "name");
        string? alias = null;
        AggregateFunction? function = null;
        var groupBy = false;
        DateGrouping? dateGrouping = null;
        var distinct = false;
        foreach (var attribute in element.Attributes())
        {
            var value = attribute.Value;
            switch (attribute.Name.LocalName)
            {
                case "name": break;
                case "alias": alias = value; break;
                case "aggregate": function = AggregateOf(value); break;
                case "groupby": groupBy = Bool(value, "groupby"); break;
                case "dategrouping": dateGrouping = DateGroupingOf(value); break;
                case "distinct": distinct = Bool(value, "distinct"); break;
                case "usertimezone": break;
                case var other: throw Unsupported($"The <attribute> attribute '{other}' (on '{name}')");
            }
        }
        if (!state.Aggregate)
        {
            if (alias is not null || function.HasValue || groupBy || dateGrouping.HasValue)
            {
                throw QueryFaults.InvalidArgument(
                    $"The attribute '{name}' uses alias, aggregate, groupby or dategrouping, which need aggregate='true' on <fetch>.");
            }
            columns.AddColumn(name);
            state.RootHasColumns |= link is null;
            return;
        }
        if (string.IsNullOrEmpty(alias))
        {
            throw QueryFaults.InvalidArgument($"The aggregate attribute '{name}' needs an alias.");
        }
        if (function.HasValue == groupBy)
        {
            throw QueryFaults.InvalidArgument(
                $"In an aggregate query the attribute '{name}' (alias '{alias}') needs either aggregate or groupby='true'.");
        }
        if (dateGrouping.HasValue && !groupBy)
        {
            throw QueryFaults.InvalidArgument($"dategrouping on '{name}' (alias '{alias}') needs groupby='true'.");
        }
        state.AggregateColumns.Add(new AggregateColumn(alias!, link, name, function, groupBy, dateGrouping, distinct));
    }

    private static OrderExpression ParseOrder(XElement element)
    {
        string? attributeName = null, alias = null, entityName = null;
        var descending = false;
        foreach (var attribute in element.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "attribute": attributeName = attribute.Value; break;
                case "alias": alias = attribute.Value; break;
                case "entityname": entityName = attribute.Value; break;
                case "descending": descending = Bool(attribute.Value, "descending"); break;
                case var other: throw Unsupported($"The <order> attribute '{other}'");
            }
        }
        return new OrderExpression(attributeName!, descending ? OrderType.Descending : OrderType.Ascending, alias!, entityName!);
    }

    private static FilterExpression ParseFilter(XElement element)
    {
        var filter = new FilterExpression(LogicalOperator.And);
        foreach (var attribute in element.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "type":
                    filter.FilterOperator = attribute.Value switch
                    {
                        "and" => LogicalOperator.And,
                        "or" => LogicalOperator.Or,
                        var other => throw QueryFaults.InvalidArgument($"The filter type '{other}' is not 'and' or 'or'."),
                    };
                    break;
                case "hint": filter.FilterHint = attribute.Value; break;
                case "isquickfindfields": filter.IsQuickFindFilter = Bool(attribute.Value, "isquickfindfields"); break;
                case "overridequickfindrecordlimitenabled":
                case "overridequickfindrecordlimitdisabled":
                    break;
                case var other: throw Unsupported($"The <filter> attribute '{other}'");
            }
        }
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition": filter.AddCondition(ParseCondition(child)); break;
                case "filter": filter.AddFilter(ParseFilter(child)); break;
                default: throw Unsupported($"The element <{child.Name.LocalName}> inside <filter>");
            }
        }
        return filter;
    }

    private static ConditionExpression ParseCondition(XElement element)
    {
        var condition = new ConditionExpression();
        string? operatorName = null;
        foreach (var attribute in element.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "attribute": condition.AttributeName = attribute.Value; break;
                case "operator": operatorName = attribute.Value; break;
                case "value": condition.Values.Add(attribute.Value); break;
                case "entityname": condition.EntityName = attribute.Value; break;
                case "valueof":
                    condition.CompareColumns = true;
                    condition.Values.Add(attribute.Value);
                    break;
                case "uiname":
                case "uitype":
                case "uihidden":
                    break;
                case var other: throw Unsupported($"The <condition> attribute '{other}'");
            }
        }
        if (string.IsNullOrEmpty(condition.AttributeName))
        {
            throw QueryFaults.InvalidArgument("A <condition> needs an attribute.");
        }
        condition.Operator = FetchOperators.Parse(operatorName
            ?? throw QueryFaults.InvalidArgument($"The <condition> on '{condition.AttributeName}' needs an operator."));
        foreach (var value in element.Elements())
        {
            if (value.Name.LocalName != "value")
            {
                throw Unsupported($"The element <{value.Name.LocalName}> inside <condition>");
            }
            condition.Values.Add(value.Value);
        }
        return condition;
    }

    private static LinkEntity ParseLink(XElement element, string parentTable, ParseState state)
    {
        var table = Required(element, "name");
        var link = new LinkEntity(parentTable, table, Required(element, "to"), Required(element, "from"), JoinOperator.Inner)
        {
            Columns = new ColumnSet(),
        };
        foreach (var attribute in element.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "name":
                case "from":
                case "to":
                case "visible":
                case "intersect":
                    break;
                case "alias": link.EntityAlias = attribute.Value; break;
                case "link-type": link.JoinOperator = JoinOf(attribute.Value); break;
                case var other: throw Unsupported($"The <link-entity> attribute '{other}' (on '{table}')");
            }
        }
        ParseEntityChildren(element, table, link, link.Columns, link.LinkCriteria, link.Orders, link.LinkEntities, state);
        return link;
    }

    private static JoinOperator JoinOf(string value) => value switch
    {
        "inner" => JoinOperator.Inner,
        "outer" => JoinOperator.LeftOuter,
        "exists" => JoinOperator.Exists,
        "in" => JoinOperator.In,
        "any" => JoinOperator.Any,
        "not any" => JoinOperator.NotAny,
        "all" => JoinOperator.All,
        "not all" => JoinOperator.NotAll,
        "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
        _ => throw QueryFaults.InvalidArgument($"The link-type '{value}' is not a FetchXML link type."),
    };

    private static AggregateFunction AggregateOf(string value) => value switch
    {
        "count" => AggregateFunction.Count,
        "countcolumn" => AggregateFunction.CountColumn,
        "sum" => AggregateFunction.Sum,
        "avg" => AggregateFunction.Avg,
        "min" => AggregateFunction.Min,
        "max" => AggregateFunction.Max,
        _ => throw QueryFaults.InvalidArgument($"The aggregate '{value}' is not a FetchXML aggregate (count, countcolumn, sum, avg, min, max)."),
    };

    private static DateGrouping DateGroupingOf(string value) => value switch
    {
        "day" => DateGrouping.Day,
        "week" => DateGrouping.Week,
        "month" => DateGrouping.Month,
        "quarter" => DateGrouping.Quarter,
        "year" => DateGrouping.Year,
        "fiscal-period" or "fiscal-year" => throw Unsupported($"The dategrouping '{value}'"),
        _ => throw QueryFaults.InvalidArgument($"The dategrouping '{value}' is not day, week, month, quarter, year, fiscal-period or fiscal-year."),
    };

    private static string Required(XElement element, string attribute) =>
        element.Attribute(attribute)?.Value is { Length: > 0 } value
            ? value
            : throw QueryFaults.InvalidArgument($"<{element.Name.LocalName}> needs the attribute '{attribute}'.");

    private static int Int(string value, string what) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw QueryFaults.InvalidArgument($"The FetchXML attribute '{what}' must be a whole number, not '{value}'.");

    private static bool Bool(string value, string what) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw QueryFaults.InvalidArgument($"The FetchXML attribute '{what}' must be true or false, not '{value}'."),
    };

    private static Exception Unsupported(string what) => QueryFaults.Unsupported(what);
}
