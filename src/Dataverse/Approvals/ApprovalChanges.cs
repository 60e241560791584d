using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>What an update of hitl_approval really changes, mapped to the parts of an approval the rules judge.</summary>
public static class ApprovalChanges
{
    /// <summary>
    /// A form sends every field it shows: columns whose value did not change are no request to change them.
    /// The decision always stays, so the rules can tell a replay from a second opinion.
    /// </summary>
    public static void DropUnchanged(Entity target, Entity before)
    {
        foreach (var column in target.Attributes.Keys.ToList())
        {
            if (column == ApprovalSchema.Decision) continue;
            if (column == ApprovalSchema.Id || (IsEmpty(target[column]) && !before.Contains(column)) || Equals(target[column], Value(before, column)))
            {
                target.Attributes.Remove(column);
            }
        }
    }

    /// <summary>An update of statecode/statuscode alone, to the values the approval's status implies (written after each transition).</summary>
    public static bool OnlyStateFollowingStatus(Entity target, Entity before)
    {
        var changed = target.Attributes.Keys.Where(k => k != ApprovalSchema.Id).ToArray();
        if (changed.Length == 0 || changed.Any(k => k != ApprovalSchema.StateCode && k != ApprovalSchema.StatusCode)) return false;

        return ApprovalFieldRules.IsStateFollowingStatus(
            ApprovalMapping.ToSnapshot(before).Status,
            target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StateCode)?.Value,
            target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StatusCode)?.Value);
    }

    /// <summary>Refuses an update that changes parts of the approval <paramref name="channel"/> may not change.</summary>
    public static void Check(Entity target, ApprovalChannel channel)
    {
        var columns = target.Attributes.Keys.Where(k => k != ApprovalSchema.Id).ToList();
        var problem = ApprovalFieldRules.CheckChange(
            ApprovalSchema.FieldsOf(columns),
            channel,
            field => string.Join(", ", columns.Where(c => ApprovalSchema.Fields.TryGetValue(c, out var f) && f == field)));
        if (problem != null) throw new InvalidPluginExecutionException(problem);
    }

    private static object? Value(Entity row, string column) => row.Contains(column) ? row[column] : null;

    private static bool IsEmpty(object? value) => value == null || (value is string text && text.Length == 0);

    private static new bool Equals(object? a, object? b)
    {
        if (IsEmpty(a) && IsEmpty(b)) return true;
        if (a is EntityReference x && b is EntityReference y) return x.Id == y.Id && string.Equals(x.LogicalName, y.LogicalName, StringComparison.Ordinal);
        if (a is DateTime d1 && b is DateTime d2) return d1.ToUniversalTime() == d2.ToUniversalTime();
        return object.Equals(a, b);
    }
}
