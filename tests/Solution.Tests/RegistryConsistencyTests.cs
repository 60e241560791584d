using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.RegardingTables;

namespace Hitl.Solution.Tests;

/// <summary>What the open registries declare in code exists in the solution: approval types and regarding tables.</summary>
public class RegistryConsistencyTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void The_approval_types_are_the_options_of_hitl_approvaltype()
    {
        var options = solution.Model.OptionSets["hitl_approvaltype"];

        Assert.Equal(options.Values.OrderBy(v => v), ApprovalType.All.Select(t => t.Value));
    }

    [Fact]
    public void Every_regarding_table_has_its_lookups_on_the_approval_and_the_decision_log()
    {
        var problems = new List<string>();
        foreach (var table in RegardingTable.All)
        {
            Check(ApprovalSchema.Table, table.ApprovalLookup, table.LogicalName, problems);
            if (table.DecisionLogLookup != null) Check(DecisionLogSchema.Table, table.DecisionLogLookup, table.LogicalName, problems);
        }

        RealSolution.AssertNone(problems, "Regarding tables whose lookup columns are missing or point elsewhere");
    }

    private void Check(string tableName, string column, string target, List<string> problems)
    {
        var table = solution.Model.Tables[tableName];
        if (!table.HasColumn(column)) problems.Add($"{tableName}.{column} does not exist (regarding table {target})");
        else if (!table.Column(column).Targets.Contains(target)) problems.Add($"{tableName}.{column} does not point to {target}");
    }
}
