using Hitl.CustomApis.Tests.Support;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>
/// Issue 7, item 7: a contest with an empty-GUID record, an oversized statement or evidence, or about a record
/// without an owner gets a clear refusal saying what to fix, and no approval is created.
/// </summary>
public class BadContestInputTests
{
    private const string Statement = "The revenue figure is from 2019; we have grown since.";

    [Fact]
    public void An_empty_guid_record_is_refused()
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.Contest(world.RoleApprover, new EntityReference("lead", Guid.Empty), Statement));

        Refusals.AssertClear(fault, "Regarding");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void An_oversized_statement_is_refused_quoting_none_of_it()
    {
        var world = new ApprovalWorld();
        world.LogAbout("lead", world.LeadId);
        var statement = new string('s', 1_100_000);

        var fault = ProductEmulator.Fault(() => world.Contest(world.RoleApprover, new EntityReference("lead", world.LeadId), statement));

        Refusals.AssertClear(fault, "statement", "4000");
        Refusals.AssertQuotesAtMostAPrefix(fault, statement);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void A_contest_whose_evidence_would_not_fit_the_approval_is_refused()
    {
        var world = new ApprovalWorld();
        var logged = world.LogAbout("lead", world.LeadId);
        // The decision's recorded inputs nearly fill hitl_inputs; with the statement they exceed hitl_evidence.
        world.Emulator.CreateService().Update(new Entity("hitl_automateddecision", logged)
        {
            ["hitl_inputs"] = "{\"notes\":\"" + new string('n', 1_048_560) + "\"}",
        });

        var fault = ProductEmulator.Fault(() => world.Contest(world.RoleApprover, new EntityReference("lead", world.LeadId), Statement));

        Refusals.AssertClear(fault, "evidence");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void A_contest_of_a_record_without_an_owner_is_refused_saying_who_could_review_it()
    {
        var world = new ApprovalWorld();
        world.LogAbout("team", world.ReviewTeam);

        // Contested by someone who may read teams (HITL Approvers may not, and would get PrivilegeDenied first).
        var fault = ProductEmulator.Fault(() => world.Contest(world.Manager, new EntityReference("team", world.ReviewTeam), Statement));

        Refusals.AssertClear(fault, "owner", "hitl_ApprovalEscalationTeam");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }
}
