using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Emulator.Services;

/// <summary>
/// ExecuteMultiple (each request on its own, 1,000 cap) and ExecuteTransaction (all or nothing). An ExecuteTransaction
/// may be one of ExecuteMultiple's requests: it keeps its own all-or-nothing semantics and its response or
/// ExecuteTransactionFault is reported like any other request's (Learn, "Execute messages in a single database
/// transaction": "ExecuteTransactionRequest ... can be included in an ExecuteMultipleRequest"). No other nesting is
/// allowed: ExecuteMultiple inside either batch, or ExecuteTransaction inside ExecuteTransaction, is refused.
/// </summary>
internal sealed class BatchExecutor
{
    public const int MaxBatchSize = 1000;
    private readonly EmulatorRuntime _runtime;

    public BatchExecutor(EmulatorRuntime runtime) => _runtime = runtime;

    public OrganizationResponse ExecuteMultiple(OrganizationRequest request, CallContext caller)
    {
        var requests = Requests(request, caller, nestedIn: BatchKind.None);
        var settings = request.Parameters.TryGetValue("Settings", out var s) && s is ExecuteMultipleSettings es
            ? es : throw Faults.InvalidArgument("ExecuteMultiple needs Settings (ContinueOnError, ReturnResponses).");
        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                var response = _runtime.Execute(requests[i], caller with { Batch = BatchKind.ExecuteMultiple });
                if (settings.ReturnResponses) responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = response });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault.Detail });
                if (!settings.ContinueOnError) break;
            }
        }
        return new ExecuteMultipleResponse
        {
            ResponseName = "ExecuteMultiple",
            Results = new ParameterCollection { { "IsFaulted", faulted }, { "Responses", responses } },
        };
    }

    public OrganizationResponse ExecuteTransaction(OrganizationRequest request, CallContext caller)
    {
        var requests = Requests(request, caller, nestedIn: BatchKind.ExecuteMultiple);
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var r) && r is true;
        var owns = caller.Transaction is null;
        var tx = caller.Transaction ?? _runtime.Store.Begin();
        var inner = caller with { Transaction = tx, Batch = BatchKind.ExecuteTransaction };
        var responses = new OrganizationResponseCollection();
        var index = 0;
        try
        {
            for (; index < requests.Count; index++)
            {
                var response = _runtime.Execute(requests[index], inner);
                if (returnResponses) responses.Add(response);
            }
            if (owns)
            {
                tx.Commit();
                _runtime.EnqueueAsync(tx.PendingAsync);
            }
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            if (owns) tx.Rollback();
            var detail = new ExecuteTransactionFault
            {
                ErrorCode = fault.Detail.ErrorCode,
                Message = fault.Detail.Message,
                FaultedRequestIndex = index,
                InnerFault = fault.Detail,
            };
            throw new FaultException<OrganizationServiceFault>(detail, new FaultReason(detail.Message));
        }
        catch
        {
            if (owns) tx.Rollback();
            throw;
        }
        return new ExecuteTransactionResponse
        {
            ResponseName = "ExecuteTransaction",
            Results = new ParameterCollection { { "Responses", responses } },
        };
    }

    /// <param name="nestedIn">The one batch this request may run inside (None: it may not be nested at all).</param>
    private static List<OrganizationRequest> Requests(OrganizationRequest request, CallContext caller, BatchKind nestedIn)
    {
        if (caller.Batch != BatchKind.None && caller.Batch != nestedIn)
            throw Faults.InvalidArgument($"{request.RequestName} cannot be nested inside {caller.Batch}.");
        var requests = request.Parameters.TryGetValue("Requests", out var r) && r is OrganizationRequestCollection c
            ? c.ToList() : throw Faults.InvalidArgument($"{request.RequestName} needs Requests.");
        if (requests.Count > MaxBatchSize)
        {
            var fault = new OrganizationServiceFault
            {
                ErrorCode = ErrorCodes.UnExpected,
                Message = $"The maximum batch size has been exceeded: {requests.Count} requests, the limit is {MaxBatchSize}.",
            };
            fault.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw Faults.Wrap(fault);
        }
        return requests;
    }
}
