using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>Compiles a FilterExpression tree once into a predicate over joined rows.</summary>
internal static class FilterCompiler
{
    /// <param name="node">The node whose columns unqualified conditions name (root for Criteria, the link for LinkCriteria).</param>
    /// <param name="semiJoin">The exists/in/any link whose own filter is being compiled, if any.</param>
    public static Func<QueryRow?[], bool> Compile(FilterExpression? filter, QueryNode node, QueryScope scope, QueryNode? semiJoin)
    {
        if (filter is null)
        {
            return static _ => true;
        }
        var parts = new List<Func<QueryRow?[], bool>>();
        parts.AddRange(filter.Conditions.Select(c => ConditionCompiler.Compile(c, node, scope, semiJoin)));
        parts.AddRange(filter.Filters.Select(f => Compile(f, node, scope, semiJoin)));
        if (parts.Count == 0)
        {
            return static _ => true;
        }
        var array = parts.ToArray();
        if (filter.FilterOperator == LogicalOperator.Or)
        {
            return row =>
            {
                foreach (var part in array)
                {
                    if (part(row))
                    {
                        return true;
                    }
                }
                return false;
            };
        }
        return row =>
        {
            foreach (var part in array)
            {
                if (!part(row))
                {
                    return false;
                }
            }
            return true;
        };
    }
}
