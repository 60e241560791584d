using Hitl.Testing;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Plugins.Tests.Security;

/// <summary>The solution's roles grant what their users need, checked by the emulator's privilege model.</summary>
public class SolutionRoleTests
{
    [Fact]
    public void The_flow_integration_account_may_read_users_through_prvReadUser()
    {
        var world = new ApprovalWorld();
        var flow = world.Emulator.AddUser("Flow Service", "flow@contoso.test", null, "HITL Flow Integration");
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("internalemailaddress", ConditionOperator.Equal, "oscar@contoso.test");

        var users = world.As(flow).RetrieveMultiple(query).Entities;

        Assert.Equal("Oscar Owner", Assert.Single(users)["fullname"]);
    }

    [Fact]
    public void A_reviewer_reads_only_the_approvals_assigned_to_them()
    {
        var world = new ApprovalWorld();
        var reviewer = world.Emulator.AddUser("Rex Reviewer", "rex@contoso.test", null, "HITL Reviewer");
        var mine = world.RequestApproval(owner: new Microsoft.Xrm.Sdk.EntityReference("systemuser", reviewer));
        world.RequestApproval(Hitl.Core.Approvals.ApprovalType.ScoreOverride);

        var visible = world.As(reviewer).RetrieveMultiple(new QueryExpression("hitl_approval") { ColumnSet = new ColumnSet("hitl_name") }).Entities;

        Assert.Equal(mine, Assert.Single(visible).Id);
    }
}
