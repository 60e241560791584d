using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: a new approval starts active and pending; it cannot be created inactive or with another status reason.</summary>
public class NewApprovalStateTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, null)]
    [InlineData(null, 2)]
    public void A_new_approval_cannot_be_created_inactive_or_with_another_status_reason(int? stateCode, int? statusCode)
    {
        var world = new ApprovalWorld();
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(741200000),
            ["hitl_leadid"] = new EntityReference("lead", world.LeadId),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };
        if (stateCode.HasValue) approval["statecode"] = new OptionSetValue(stateCode.Value);
        if (statusCode.HasValue) approval["statuscode"] = new OptionSetValue(statusCode.Value);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Create(approval));

        Refusals.AssertClear(fault, "active");
        Assert.Empty(world.Emulator.Rows("hitl_approval"));
    }
}
