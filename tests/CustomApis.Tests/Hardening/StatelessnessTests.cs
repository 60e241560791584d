using System.ServiceModel;
using System.Text.RegularExpressions;
using Hitl.Core.Approvals;
using Hitl.CustomApis.Tests.Support;
using Hitl.Emulator;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Hardening;

/// <summary>
/// Issue 7, item 9: Dataverse runs one instance of each step's plug-in for every thread. 1,000 decisions on 8 threads
/// through those shared instances give exactly the results of the same decisions run one after another.
/// The emulator holds one writer at a time per organization, so each thread works in its own organization (a clone
/// of the product emulator); clones share the plug-in instances, so the steps really run side by side.
/// </summary>
public class StatelessnessTests
{
    private const int Threads = 8;
    private const int DecisionsPerThread = 125;

    [Fact]
    public void A_thousand_decisions_on_eight_threads_through_shared_plugin_instances_equal_the_single_threaded_run()
    {
        var expected = Enumerable.Range(0, Threads).Select(Script).ToArray();

        var actual = new IReadOnlyList<string>[Threads];
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var world = Prepare(t);
            barrier.SignalAndWait();
            actual[t] = Run(world, t);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Threads * DecisionsPerThread, actual.Sum(a => a.Count));
        for (var t = 0; t < Threads; t++)
        {
            Assert.Equal(expected[t], actual[t]);
        }

        // The mix really exercised approvals, rejections, refusals and replays on every thread.
        Assert.All(actual, results =>
        {
            Assert.Contains(results, r => r.Contains("status=Approved", StringComparison.Ordinal));
            Assert.Contains(results, r => r.Contains("status=Rejected", StringComparison.Ordinal));
            Assert.Contains(results, r => r.StartsWith("refused", StringComparison.Ordinal));
            Assert.Contains(results, r => r.Contains("already=True", StringComparison.Ordinal));
        });
    }

    private static IReadOnlyList<string> Script(int thread) => Run(Prepare(thread), thread);

    private static (ApprovalWorld World, Guid Flow, Guid[] Approvals) Prepare(int thread)
    {
        var world = new ApprovalWorld();
        var flow = world.AddFlowAccount();
        var approvals = new Guid[DecisionsPerThread];
        for (var i = 0; i < DecisionsPerThread; i++)
        {
            var lead = world.AddLead($"Lead {thread}-{i}");
            var owner = (i + thread) % 9 == 8 ? new EntityReference("team", world.ReviewTeam) : null;
            approvals[i] = world.RequestApproval(owner: owner, regardingLead: lead);
        }

        return (world, flow, approvals);
    }

    private static IReadOnlyList<string> Run((ApprovalWorld World, Guid Flow, Guid[] Approvals) prepared, int thread)
    {
        var (world, flow, approvals) = prepared;
        var results = new List<string>();
        for (var i = 0; i < approvals.Length; i++)
        {
            var id = approvals[i];
            string outcome;
            try
            {
                var response = Decide(world, flow, id, (i + thread) % 9);
                outcome = $"ok already={(response?["AlreadyDecided"] as bool?)?.ToString() ?? "-"}";
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                outcome = "refused: " + Regex.Replace(fault.Detail.Message, "correlation id [0-9a-f-]{36}", "correlation id <id>");
            }

            var row = world.Approval(id);
            results.Add($"{outcome} | status={world.StatusOf(id)} by={row.GetAttributeValue<EntityReference>("hitl_decidedby")?.Id} " +
                        $"source={world.SourceOf(id)} code={row.GetAttributeValue<string>("hitl_reasoncode")} reason={row.GetAttributeValue<string>("hitl_decisionreason")} " +
                        $"state={row.GetAttributeValue<OptionSetValue>("statecode")?.Value}");
        }

        return results;
    }

    private static OrganizationResponse? Decide(ApprovalWorld world, Guid flow, Guid id, int kind)
    {
        switch (kind)
        {
            case 0:
                world.DecideOnForm(world.Owner, id, ApprovalDecision.Approve);
                return null;
            case 1:
                return world.Submit(world.Owner, id, "Approve");
            case 2:
                return world.Submit(world.RoleApprover, id, "Reject", reason: "Duplicate of an existing lead", reasonCode: "DataQuality");
            case 3:
                world.DecideOnForm(world.Requester, id, ApprovalDecision.Approve);
                return null;
            case 4:
                return world.Submit(flow, id, "Approve", responderEmail: "oscar@contoso.test");
            case 5:
                return world.Submit(world.Owner, id, "Reject");
            case 6:
                world.Submit(world.Owner, id, "Approve");
                return world.Submit(world.Owner, id, "Approve");
            case 7:
                return world.Submit(world.Outsider, id, "Approve");
            default:
                world.DecideOnForm(world.TeamMember, id, ApprovalDecision.Reject, "ModelError", "Score ignores the new budget");
                return null;
        }
    }
}
