using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: bad input on a new approval gets a clear refusal saying what to fix, and nothing is created.</summary>
public class BadApprovalInputTests
{
    [Theory]
    [InlineData("lead")]
    [InlineData("account")]
    public void An_empty_guid_regarding_id_is_refused(string table)
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(NewApproval(world, approval =>
        {
            approval["hitl_regardingtable"] = table;
            approval["hitl_regardingid"] = Guid.Empty.ToString("D");
        })));

        Refusals.AssertClear(fault, "Regarding id");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Theory]
    [InlineData("score 71, budget confirmed")]
    [InlineData("{\"score\":71,")]
    public void Evidence_that_is_not_json_is_refused(string evidence)
    {
        var world = new ApprovalWorld();

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(NewApproval(world, approval => approval["hitl_evidence"] = evidence)));

        Refusals.AssertClear(fault, "evidence", "JSON");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    [Fact]
    public void Evidence_over_its_maximum_length_is_refused_by_the_product_saying_how_long_it_may_be()
    {
        var world = new ApprovalWorld();
        var evidence = "{\"notes\":\"" + new string('x', 1_048_576) + "\"}";

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(NewApproval(world, approval => approval["hitl_evidence"] = evidence)));

        Refusals.AssertClear(fault, "evidence", "1048576");
        Refusals.AssertQuotesAtMostAPrefix(fault, evidence);
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }

    internal static Entity NewApproval(ApprovalWorld world, Action<Entity> change)
    {
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(741200000),
            ["hitl_leadid"] = new EntityReference("lead", world.LeadId),
            ["hitl_evidence"] = "{\"score\":71}",
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };
        change(approval);
        if (approval.Contains("hitl_regardingtable")) approval.Attributes.Remove("hitl_leadid");
        return approval;
    }
}
