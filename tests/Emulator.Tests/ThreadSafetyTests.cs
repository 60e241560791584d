using System.ServiceModel;
using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

/// <summary>One plug-in instance serves every request of its step, on many threads, as in Dataverse.</summary>
public class ThreadSafetyTests
{
    private static List<string> CreateInParallel(DataverseEmulator emulator, string table, string column)
    {
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Dedicated threads: the thread pool may be busy with other tests, and overlap is the point here.
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 5; i++)
            {
                try
                {
                    emulator.CreateService().Create(new Entity(table) { [column] = $"row {t}.{i}" });
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    errors.Add(fault.Detail.Message);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return errors.ToList();
    }

    [Fact]
    public void A_plugin_keeping_the_context_in_a_field_is_caught_by_parallel_requests()
    {
        var emulator = FixtureSolution.NewEmulator();

        var errors = CreateInParallel(emulator, "contact", "lastname");

        Assert.True(errors.Any(e => e.StartsWith("State leaked between requests", StringComparison.Ordinal)),
            $"runs={emulator.ExecutionLog.Count(e => e.Step == "ContextInField: Create of contact")} errors={errors.Count}");
    }

    [Fact]
    public void A_stateless_plugin_passes_the_same_parallel_load()
    {
        var emulator = FixtureSolution.NewEmulator();

        var errors = CreateInParallel(emulator, "account", "name");

        Assert.Empty(errors);
        Assert.Equal(40, emulator.Rows("account").Count);
    }
}
