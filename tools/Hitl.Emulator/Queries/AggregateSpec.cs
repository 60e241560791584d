using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

internal enum AggregateFunction
{
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}

internal enum DateGrouping
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// One &lt;attribute&gt; of an aggregate FetchXML query: an aggregate function or a group-by column, returned under
/// its alias. <paramref name="Link"/> is the link-entity it belongs to (null = the query's entity).
/// </summary>
internal sealed record AggregateColumn(
    string Alias,
    LinkEntity? Link,
    string Attribute,
    AggregateFunction? Function,
    bool GroupBy,
    DateGrouping? DateGrouping,
    bool Distinct);

/// <summary>The aggregate part of a FetchXML query and its row limit (50,000 unless aggregatelimit lowers it).</summary>
internal sealed record AggregateSpec(IReadOnlyList<AggregateColumn> Columns, int Limit)
{
    public const int MaxRecordLimit = 50000;
}
