namespace Hitl.Dataverse.RegardingTables;

public sealed partial class RegardingTable
{
    /// <summary>Opportunities: the deals commissions are calculated from.</summary>
    public static readonly RegardingTable Opportunity = new("opportunity", "hitl_opportunityid", "hitl_opportunityid");
}
