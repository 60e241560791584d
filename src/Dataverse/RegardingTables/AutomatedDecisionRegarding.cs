namespace Hitl.Dataverse.RegardingTables;

public sealed partial class RegardingTable
{
    /// <summary>Automated decisions: an approval may review one (a contest, a score override).</summary>
    public static readonly RegardingTable AutomatedDecision = new(Decisions.DecisionLogSchema.Table, Approvals.ApprovalSchema.AutomatedDecision, null);
}
