using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// The async service: runs queued steps outside any transaction and records each as an asyncoperation
/// (System Job) row. A failure is written to the job; it never rolls back the operation that queued it.
/// </summary>
internal sealed class AsyncJobRunner
{
    private const int OperationTypeSystemEvent = 1;
    private const int StateCompleted = 3;
    private const int StatusSucceeded = 30;
    private const int StatusFailed = 31;

    private readonly EmulatorRuntime _runtime;

    public AsyncJobRunner(EmulatorRuntime runtime) => _runtime = runtime;

    /// <summary>Runs jobs until the queue is empty (jobs may queue more); returns how many ran.</summary>
    public int Drain()
    {
        var count = 0;
        while (_runtime.AsyncQueue.TryDequeue(out var job))
        {
            count++;
            var startedOn = _runtime.Clock.UtcNow;
            string? error = null;
            int? errorCode = null;
            try
            {
                _runtime.Steps.Run(job.Step, job.Context, transaction: null);
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
            {
                error = fault.Detail.Message;
                errorCode = fault.Detail.ErrorCode;
            }
            Record(job, startedOn, error, errorCode);
        }
        return count;
    }

    private void Record(AsyncJob job, DateTime startedOn, string? error, int? errorCode)
    {
        var table = _runtime.Metadata.Table("asyncoperation");
        if (table is null) return;
        var values = new Dictionary<string, object?>
        {
            ["name"] = job.Step.Name,
            ["operationtype"] = new OptionSetValue(OperationTypeSystemEvent),
            ["messagename"] = job.Context.MessageName,
            ["primaryentitytype"] = job.Context.PrimaryEntityName,
            ["depth"] = job.Context.Depth,
            ["correlationid"] = job.Context.CorrelationId,
            ["startedon"] = startedOn,
            ["completedon"] = _runtime.Clock.UtcNow,
            ["statecode"] = new OptionSetValue(StateCompleted),
            ["statuscode"] = new OptionSetValue(error is null ? StatusSucceeded : StatusFailed),
            ["message"] = error,
            ["friendlymessage"] = error,
            ["errorcode"] = errorCode,
        };
        if (job.Context.PrimaryEntityId != Guid.Empty && _runtime.Metadata.Table(job.Context.PrimaryEntityName) is not null)
            values["regardingobjectid"] = new EntityReference(job.Context.PrimaryEntityName, job.Context.PrimaryEntityId);
        var known = values.Where(kv => kv.Value is not null && table.Columns.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var tx = _runtime.Store.Begin();
        try
        {
            _runtime.Writer.Insert(tx, table, job.Context.OperationId, known, job.Context.UserId);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }
}
