using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.Hardening;

/// <summary>Issue 7, item 7: a decided approval cannot be re-assigned or re-activated, by Assign, SetState or a state/owner update.</summary>
public class DecidedApprovalTests
{
    public static TheoryData<string> Ways => new() { "Assign", "Update ownerid", "SetState", "SetStateDynamicEntity", "Update statecode" };

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_decided_approval_cannot_be_reassigned_or_reactivated(string way)
    {
        var world = new ApprovalWorld();
        var id = world.RequestApproval();
        world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);
        var before = Snapshot(world.Approval(id));
        var service = world.As(world.Owner);

        var fault = ProductEmulator.Fault(() =>
        {
            switch (way)
            {
                case "Assign":
                    service.Execute(new AssignRequest { Target = new EntityReference("hitl_approval", id), Assignee = new EntityReference("systemuser", world.RoleApprover) });
                    break;
                case "Update ownerid":
                    service.Update(new Entity("hitl_approval", id) { ["ownerid"] = new EntityReference("systemuser", world.RoleApprover) });
                    break;
                case "SetState":
                    service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("hitl_approval", id), State = new OptionSetValue(0), Status = new OptionSetValue(1) });
                    break;
                case "SetStateDynamicEntity":
                    service.Execute(new OrganizationRequest("SetStateDynamicEntity")
                    {
                        ["EntityMoniker"] = new EntityReference("hitl_approval", id), ["State"] = new OptionSetValue(0), ["Status"] = new OptionSetValue(-1),
                    });
                    break;
                default:
                    service.Update(new Entity("hitl_approval", id) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) });
                    break;
            }
        });

        Refusals.AssertClear(fault);
        Assert.Equal(before, Snapshot(world.Approval(id)));
    }

    private static string Snapshot(Entity row) =>
        string.Join("; ", row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Describe(a.Value)}"));

    private static string Describe(object? value) => value switch
    {
        EntityReference r => $"{r.LogicalName}:{r.Id:D}",
        OptionSetValue o => o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
