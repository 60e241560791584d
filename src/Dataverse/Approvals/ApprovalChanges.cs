using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>What an update of hitl_approval really changes, and which of those changes a client may make.</summary>
public static class ApprovalChanges
{
    public static readonly string[] EscalationColumns =
    {
        ApprovalSchema.Status, ApprovalSchema.Owner, ApprovalSchema.EscalatedOn, ApprovalSchema.DecidedOn, ApprovalSchema.Source,
    };

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

    /// <summary>
    /// An update of statecode/statuscode alone, to the values the approval's status implies, is the state
    /// following the status (written after each transition); nothing to validate.
    /// </summary>
    public static bool OnlyStateFollowingStatus(Entity target, Entity before)
    {
        var changed = target.Attributes.Keys.Where(k => k != ApprovalSchema.Id).ToArray();
        if (changed.Length == 0 || changed.Any(k => k != ApprovalSchema.StateCode && k != ApprovalSchema.StatusCode)) return false;

        var state = Hitl.Core.Approvals.ApprovalStateMachine.RecordState(ApprovalMapping.ToSnapshot(before).Status);
        return (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StateCode)?.Value ?? state.StateCode) == state.StateCode
            && (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.StatusCode)?.Value ?? state.StatusCode) == state.StatusCode;
    }

    public static void RefuseProtected(Entity target, bool allowDecidedBy)
    {
        var system = ApprovalSchema.SystemColumns
            .Where(c => c != ApprovalSchema.Status && !(allowDecidedBy && c == ApprovalSchema.DecidedBy) && target.Contains(c))
            .ToArray();
        if (system.Length > 0)
        {
            throw new InvalidPluginExecutionException(
                $"{string.Join(", ", system)} {(system.Length == 1 ? "is" : "are")} set by HITL Sales when an approval is created, decided, escalated or expired; remove {(system.Length == 1 ? "it" : "them")} from your update.");
        }

        var fixedColumns = ApprovalSchema.ImmutableColumns.Where(target.Contains).ToArray();
        if (fixedColumns.Length > 0)
        {
            throw new InvalidPluginExecutionException(
                $"{string.Join(", ", fixedColumns)} cannot change once an approval is requested: they record what was asked, by whom and about whom. Cancel this approval and request a new one instead.");
        }
    }

    public static void RequireOnly(Entity target, IReadOnlyCollection<string> allowed, string who)
    {
        var other = target.Attributes.Keys.Where(k => !allowed.Contains(k)).ToArray();
        if (other.Length > 0)
        {
            throw new InvalidPluginExecutionException($"{who} may only change the status, owner and escalation dates of an approval, not {string.Join(", ", other)}.");
        }
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
