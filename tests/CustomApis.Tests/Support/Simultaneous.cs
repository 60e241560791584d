using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Support;

/// <summary>The outcome of one call made at the same moment as others: its response or its fault.</summary>
internal sealed record CallOutcome(int Caller, OrganizationResponse? Response, OrganizationServiceFault? Fault);

internal static class Simultaneous
{
    /// <summary>
    /// Starts every call on its own thread and releases them together with a barrier, so they reach the
    /// service at the same moment (no sleeps, no timing assumptions).
    /// </summary>
    public static IReadOnlyList<CallOutcome> Run(params Func<OrganizationResponse>[] calls)
    {
        using var barrier = new Barrier(calls.Length);
        var outcomes = new CallOutcome[calls.Length];
        var threads = calls.Select((call, index) => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                outcomes[index] = new CallOutcome(index, call(), null);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                outcomes[index] = new CallOutcome(index, null, fault.Detail);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return outcomes;
    }
}
