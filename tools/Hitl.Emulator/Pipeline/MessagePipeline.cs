using Hitl.Emulator.Metadata;
using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// Runs one message: PreValidation (outside the transaction at top level), the privilege check,
/// then PreOperation, the main operation and sync PostOperation inside one transaction, queuing async
/// steps to run after the outermost transaction commits.
/// </summary>
internal sealed class MessagePipeline
{
    /// <summary>Dataverse's infinite-loop guard: Depth may reach 8.</summary>
    public const int MaxDepth = 8;

    private static readonly HashSet<string> SplitSharedVariables = new(StringComparer.Ordinal) { "Create", "Update", "Delete", "RetrieveExchangeRate" };

    private readonly EmulatorRuntime _runtime;

    public MessagePipeline(EmulatorRuntime runtime) => _runtime = runtime;

    public OrganizationResponse Execute(OrganizationRequest request, CallContext caller, IMessageHandler handler, string message, string entity, Guid id)
    {
        // Faults raised here or by PreValidation steps doom the caller's transaction too (EmulatorRuntime.Execute).
        if (caller.Depth > MaxDepth) throw FaultTranslator.DepthTooHigh();

        var op = new OperationContext(_runtime, caller, request, message, entity, id,
            ValueCopier.CopyParameters(request.Parameters), caller.Transaction);
        op.Input.Remove("tag");
        var bypass = BypassesCustomSyncLogic(request, op);
        handler.Validate(op);

        var steps = bypass ? _runtime.StepsFor(message, entity).Where(s => s.IsAsync).ToList() : _runtime.StepsFor(message, entity);
        var preValidationShared = new ParameterCollection();
        if (request.Parameters.TryGetValue("tag", out var tag) && tag is string) preValidationShared["tag"] = tag;
        var outer = caller.Transaction;
        var runner = _runtime.Steps;

        // PreValidation: a top-level request has no transaction yet; a nested one runs inside its caller's.
        var preValidationRow = handler.HasPreImage ? op.Snapshot.Find(entity, op.Id) : null;
        foreach (var step in steps.Where(s => s.Stage == 10 && !s.IsAsync && Applies(s, op)))
            runner.Run(step, runner.BuildContext(step, op, 10, 0, preValidationShared, caller.Parent, outer is not null,
                preValidationRow, null, op.Snapshot), outer);

        if (SplitSharedVariables.Contains(message))
        {
            op.SharedVariables = new ParameterCollection();
            if (tag is string) op.SharedVariables["tag"] = tag;
            op.StepParent = ParentFor(op, preValidationShared, caller.Parent, outer is not null);
        }
        else
        {
            op.SharedVariables = preValidationShared;
            op.StepParent = caller.Parent;
        }

        var owns = outer is null;
        // A read with no sync steps after PreValidation needs no transaction: it reads the committed snapshot lock-free.
        var needsTransaction = !handler.IsReadOnly || steps.Any(s => s.Stage is 20 or 40 && !s.IsAsync);
        var tx = outer ?? (needsTransaction ? _runtime.Store.Begin() : null);
        var pendingAsync = tx?.PendingAsync ?? [];
        op.Transaction = tx;
        try
        {
            handler.Authorize(op);
            var before = handler.HasPreImage ? op.Snapshot.Find(entity, op.Id) : null;
            foreach (var step in steps.Where(s => s.Stage == 20 && Applies(s, op)))
                runner.Run(step, runner.BuildContext(step, op, 20, 0, op.SharedVariables, op.StepParent, true, before, null, op.Snapshot), tx);

            handler.Execute(op);

            var after = handler.HasPostImage ? op.Snapshot.Find(entity, op.Id) : null;
            var asyncSteps = new List<StepRegistration>();
            foreach (var step in steps.Where(s => s.Stage == 40 && Applies(s, op)))
            {
                if (step.IsAsync) asyncSteps.Add(step);
                else runner.Run(step, runner.BuildContext(step, op, 40, 0, op.SharedVariables, op.StepParent, true, before, after, op.Snapshot), tx);
            }
            // The platform serializes the context for System Jobs after every sync step ran, whatever the ranks,
            // so async steps see SharedVariables and OutputParameters written by later-ranked sync steps.
            foreach (var step in asyncSteps)
            {
                var jobId = _runtime.Ids.Next();
                var context = runner.BuildContext(step, op, 40, 1, ValueCopier.CopyParameters(op.SharedVariables), op.StepParent, false,
                    before, after, op.Snapshot, ValueCopier.CopyParameters(op.Input), ValueCopier.CopyParameters(op.Output), jobId);
                pendingAsync.Add(new AsyncJob(step, context));
            }

            if (owns)
            {
                tx?.Commit();
                _runtime.EnqueueAsync(pendingAsync);
            }
        }
        catch
        {
            if (owns) tx?.Rollback();
            throw;
        }
        return handler.Respond(op);
    }

    /// <summary>
    /// The optional parameter BypassCustomPluginExecution: synchronous custom plug-in steps do not run (asynchronous
    /// ones still do), for callers holding prvBypassCustomPlugins (System Administrators do), e.g. a data migration.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
    /// </summary>
    private bool BypassesCustomSyncLogic(OrganizationRequest request, OperationContext op)
    {
        if (!request.Parameters.TryGetValue("BypassCustomPluginExecution", out var value)) return false;
        op.Input.Remove("BypassCustomPluginExecution");
        if (value is not true) return false;
        _runtime.Security.DemandNamed(op.Snapshot, op.Caller.UserId, "prvBypassCustomPlugins", op.Entity);
        return true;
    }

    /// <summary>Filtering attributes: an Update step runs only if the Target carries one of its columns.</summary>
    private static bool Applies(StepRegistration step, OperationContext op)
    {
        if (step.FilteringAttributes.Count == 0 || op.Message != "Update") return true;
        return op.Input.TryGetValue("Target", out var t) && t is Entity target &&
               step.FilteringAttributes.Any(target.Attributes.ContainsKey);
    }

    /// <summary>For Create/Update/Delete, Pre/PostOperation steps find PreValidation's variables in ParentContext.</summary>
    private PluginContext ParentFor(OperationContext op, ParameterCollection preValidationShared, PluginContext? parent, bool inTransaction) => new()
    {
        Mode = 0,
        Depth = op.Depth,
        MessageName = op.Message,
        PrimaryEntityName = op.Entity,
        PrimaryEntityId = op.Id,
        RequestId = op.Request.RequestId,
        InputParameters = op.Input,
        OutputParameters = op.Output,
        SharedVariables = preValidationShared,
        UserId = op.UserId,
        InitiatingUserId = op.Caller.InitiatingUserId,
        BusinessUnitId = _runtime.BusinessUnitId,
        OrganizationId = _runtime.OrganizationId,
        OrganizationName = _runtime.OrganizationName,
        CorrelationId = op.CorrelationId,
        IsInTransaction = inTransaction,
        Stage = 10,
        ParentContext = parent!,
    };
}
