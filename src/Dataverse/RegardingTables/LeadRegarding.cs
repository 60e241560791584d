namespace Hitl.Dataverse.RegardingTables;

public sealed partial class RegardingTable
{
    /// <summary>Leads: reviewed after scoring; their scoring decisions are logged.</summary>
    public static readonly RegardingTable Lead = new("lead", "hitl_leadid", "hitl_leadid");
}
