using Hitl.Core.Registry;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.RegardingTables;

/// <summary>
/// A table approvals and automated decisions can be about, and its lookup columns on hitl_approval and
/// hitl_automateddecision. Open: a capability adds its table in a file of its own (a partial declaration of this
/// class) beside the lookup columns in solution/; Solution.Tests checks every lookup exists and targets the table.
/// Records of other tables are named by hitl_regardingtable/hitl_regardingid alone.
/// </summary>
public sealed partial class RegardingTable
{
    private static IReadOnlyList<RegardingTable>? _all;

    private RegardingTable(string logicalName, string approvalLookup, string? decisionLogLookup, string? subjectUserLookup = null)
    {
        LogicalName = logicalName;
        ApprovalLookup = approvalLookup;
        DecisionLogLookup = decisionLogLookup;
        SubjectUserLookup = subjectUserLookup;
    }

    public string LogicalName { get; }

    /// <summary>The lookup column on hitl_approval.</summary>
    public string ApprovalLookup { get; }

    /// <summary>The lookup column on hitl_automateddecision, when decisions about this table are logged with one.</summary>
    public string? DecisionLogLookup { get; }

    /// <summary>
    /// The lookup on a record of this table naming the user it is about (a commission's seller), if any: an approval
    /// of it gets that user as its subject, so they cannot decide it.
    /// </summary>
    public string? SubjectUserLookup { get; }

    public static IReadOnlyList<RegardingTable> All => _all ??= DeclaredInstances.Of<RegardingTable>(typeof(RegardingTable));

    /// <summary>
    /// The user a record is about: a user's own record (systemuser), else the registered table's subject lookup.
    /// Null when the record is about no user in particular.
    /// </summary>
    public static Guid? SubjectUserOf(Entity record)
    {
        if (record == null) throw new ArgumentNullException(nameof(record));
        if (string.Equals(record.LogicalName, "systemuser", StringComparison.OrdinalIgnoreCase)) return record.Id;
        var lookup = Find(record.LogicalName)?.SubjectUserLookup;
        return lookup == null ? null : record.GetAttributeValue<EntityReference>(lookup)?.Id;
    }

    /// <summary>The registered table of this logical name, or null.</summary>
    public static RegardingTable? Find(string? logicalName) =>
        All.FirstOrDefault(t => string.Equals(t.LogicalName, logicalName?.Trim(), StringComparison.OrdinalIgnoreCase));
}
