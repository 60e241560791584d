using Hitl.CustomApis.Tests.Support;
using Hitl.Emulator;
using Hitl.Testing;

namespace Hitl.CustomApis.Tests;

/// <summary>
/// Organization-service call budgets of hitl_SubmitApprovalDecision (principle 6: as few calls as possible).
/// The budgets are what the code makes today; a change that adds calls fails here and has to justify itself.
/// Settings are warm in both tests: creating the approval just loaded them into the per-organization cache. So is the
/// SYSTEM user's id (one WhoAmI per organization and process): an earlier decision asked for it.
/// </summary>
public class CallBudgetTests
{
    [Fact]
    public void The_owner_deciding_costs_one_read_and_one_write_and_the_lifecycle_steps_add_only_the_row_lock()
    {
        var world = new ApprovalWorld();
        var id = WarmWorld(world);

        world.Submit(world.Owner, id, "Approve");

        // Main operation: read the approval as the caller (the replay check; unseen approvals are refused) + the Update = 2.
        Assert.Equal(2, Calls(world, "hitl_SubmitApprovalDecision", 30));
        // PreOperation: the row lock (an unchanged write + a fresh read) = 2, and whether the decider is an enabled
        // user = 1; the owner needs no further lookup and the reason codes come from the cache. The nested lock and
        // state writes validate without calls.
        Assert.Equal(3, Calls(world, "Update", 20, depth: 2));
        var nested = world.Emulator.ExecutionLog.Where(e => e.Message == "Update" && e.Stage == 20 && e.Depth == 3).ToList();
        Assert.Equal(2, nested.Count);
        Assert.All(nested, e => Assert.Equal(0, e.ServiceCalls));
        // PostOperation: the state write (inactive) = 1, and the lead-review handler marks the lead Reviewed = 1 (the
        // proposed team comes from the post-image's evidence; this hand-made review proposes none); no automated decision to review.
        Assert.Equal(2, Calls(world, "Update", 40, depth: 2));
    }

    [Fact]
    public void A_flow_naming_the_responder_by_email_adds_only_the_responder_and_role_lookups()
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var id = WarmWorld(world);

        world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test");

        // User by e-mail (1) + the flow account's direct HITL Flow Integration role (1) + read (1) + Update (1) = 4.
        Assert.Equal(4, Calls(world, "hitl_SubmitApprovalDecision", 30));
        // The responder is the owner: the row lock (2) and whether the responder is an enabled user (1).
        Assert.Equal(3, Calls(world, "Update", 20, depth: 2));
    }

    /// <summary>Decides one approval so the per-organization caches are warm; returns another, pending one, with the log cleared.</summary>
    private static Guid WarmWorld(ApprovalWorld world)
    {
        var warmUp = world.RequestApproval(regardingLead: world.AddLead("Warm-up"));
        world.Submit(world.Owner, warmUp, "Approve");
        var id = world.RequestApproval();
        world.Emulator.ClearExecutionLog();
        return id;
    }

    /// <summary>The calls of the single successful execution of that step: Assert.Single proves the measured step ran.</summary>
    private static int Calls(ApprovalWorld world, string message, int stage, int? depth = null) =>
        Assert.Single(world.Emulator.ExecutionLog, e => e.Message == message && e.Stage == stage && (depth == null || e.Depth == depth) && e.Outcome == ExecutionOutcome.Succeeded).ServiceCalls;
}
