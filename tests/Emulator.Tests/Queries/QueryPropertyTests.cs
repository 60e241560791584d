using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

/// <summary>
/// Properties checked over many seeded random tables and queries (seeds are fixed so failures reproduce;
/// the seed is in the assertion message).
/// </summary>
public class QueryPropertyTests
{
    private static readonly string?[] Names = { "alpha", "Beta", "gamma", "DELTA", "beta", null };

    private static FakeSource RandomAccounts(Random random, int count)
    {
        var source = FakeSource.Sales();
        for (var i = 0; i < count; i++)
        {
            source.Add("account",
                ("name", Names[random.Next(Names.Length)]),
                ("numberofemployees", random.Next(4) == 0 ? null : random.Next(10)),
                ("revenue", random.Next(4) == 0 ? null : new Money(random.Next(5) * 10m)),
                ("donotemail", random.Next(3) == 0 ? null : random.Next(2) == 1),
                ("createdon", random.Next(4) == 0 ? null : new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(60))));
        }
        return source;
    }

    private static readonly (string Column, Func<Random, string> Value)[] Columns =
    {
        ("name", r => Names[r.Next(Names.Length - 1)]!),
        ("numberofemployees", r => r.Next(10).ToString(CultureInfo.InvariantCulture)),
        ("revenue", r => (r.Next(5) * 10).ToString(CultureInfo.InvariantCulture)),
        ("donotemail", r => r.Next(2).ToString(CultureInfo.InvariantCulture)),
        ("createdon", r => new DateTime(2024, 1, 1).AddDays(r.Next(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    };

    private static readonly (string Fetch, ConditionOperator Operator, int Values)[] Operators =
    {
        ("eq", ConditionOperator.Equal, 1), ("ne", ConditionOperator.NotEqual, 1), ("gt", ConditionOperator.GreaterThan, 1),
        ("ge", ConditionOperator.GreaterEqual, 1), ("lt", ConditionOperator.LessThan, 1), ("le", ConditionOperator.LessEqual, 1),
        ("null", ConditionOperator.Null, 0), ("not-null", ConditionOperator.NotNull, 0), ("in", ConditionOperator.In, 3),
        ("not-in", ConditionOperator.NotIn, 2), ("between", ConditionOperator.Between, 2), ("not-between", ConditionOperator.NotBetween, 2),
    };

    /// <summary>Builds the same random filter tree as a FilterExpression and as FetchXML.</summary>
    private static FilterExpression RandomFilter(Random random, int depth, StringBuilder fetch)
    {
        var filter = new FilterExpression(random.Next(2) == 0 ? LogicalOperator.And : LogicalOperator.Or);
        fetch.Append($"<filter type='{(filter.FilterOperator == LogicalOperator.And ? "and" : "or")}'>");
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            if (depth < 2 && random.Next(4) == 0)
            {
                filter.AddFilter(RandomFilter(random, depth + 1, fetch));
                continue;
            }
            var (column, value) = Columns[random.Next(Columns.Length)];
            var op = Operators[random.Next(Operators.Length)];
            if (column is "donotemail" && op.Operator is ConditionOperator.Between or ConditionOperator.NotBetween)
            {
                op = Operators[0];
            }
            var values = Enumerable.Range(0, op.Values).Select(_ => value(random)).OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ToArray();
            filter.AddCondition(column, op.Operator, values.Cast<object>().ToArray());
            fetch.Append($"<condition attribute='{column}' operator='{op.Fetch}'>");
            foreach (var v in values)
            {
                fetch.Append($"<value>{SecurityElement.Escape(v)}</value>");
            }
            fetch.Append("</condition>");
        }
        fetch.Append("</filter>");
        return filter;
    }

    [Fact]
    public void FetchXml_and_QueryExpression_return_the_same_rows_in_the_same_order()
    {
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var source = RandomAccounts(random, 40);
            var fetch = new StringBuilder("<fetch><entity name='account'><attribute name='name' /><attribute name='numberofemployees' />");
            var descending = random.Next(2) == 1;
            fetch.Append($"<order attribute='numberofemployees' descending='{(descending ? "true" : "false")}' />");
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
            query.AddOrder("numberofemployees", descending ? OrderType.Descending : OrderType.Ascending);
            query.Criteria.AddFilter(RandomFilter(random, 0, fetch));
            fetch.Append("</entity></fetch>");

            var expected = source.Run(query).Entities.Select(e => e.Id).ToList();
            var actual = source.Fetch(fetch.ToString()).Entities.Select(e => e.Id).ToList();
            Assert.True(expected.SequenceEqual(actual), $"seed {seed}: {fetch}");
        }
    }

    [Fact]
    public void Paging_through_any_query_yields_exactly_the_unpaged_result_in_order()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var random = new Random(seed);
            var source = RandomAccounts(random, random.Next(0, 120));
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            foreach (var (column, _) in Columns.OrderBy(_ => random.Next()).Take(random.Next(3)))
            {
                query.AddOrder(column, random.Next(2) == 0 ? OrderType.Ascending : OrderType.Descending);
            }
            query.Criteria.AddFilter(RandomFilter(random, 0, new StringBuilder()));
            var unpaged = source.Run(query).Entities.Select(e => e.Id).ToList();

            var useCookies = random.Next(2) == 0;
            query.PageInfo = new PagingInfo { PageNumber = 1, Count = random.Next(1, 15) };
            var paged = new List<Guid>();
            for (var guard = 0; guard < 500; guard++)
            {
                var page = source.Run(query);
                Assert.True(page.Entities.Count <= query.PageInfo.Count, $"seed {seed}: page too large");
                paged.AddRange(page.Entities.Select(e => e.Id));
                if (!page.MoreRecords)
                {
                    break;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = useCookies ? page.PagingCookie : null;
            }
            Assert.True(unpaged.SequenceEqual(paged), $"seed {seed}: paged result differs (cookies: {useCookies})");
        }
    }
}
