using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// A lead row as the scoring rules read it: plain values keyed by column logical name (choices as their option
/// value, money as decimal, lookups as their id). Only the columns the model reads are taken.
/// </summary>
public static class LeadScoringInputs
{
    public static IReadOnlyDictionary<string, object?> From(Entity lead, IEnumerable<string> columns)
    {
        if (lead == null) throw new ArgumentNullException(nameof(lead));
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            values[column] = lead.Contains(column) ? Plain(lead[column]) : null;
        }

        return values;
    }

    private static object? Plain(object? value) => value switch
    {
        OptionSetValue option => option.Value,
        Money money => money.Value,
        EntityReference reference => reference.Id,
        AliasedValue aliased => Plain(aliased.Value),
        _ => value,
    };
}
