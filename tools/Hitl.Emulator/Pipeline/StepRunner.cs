using System.Diagnostics;
using Hitl.Emulator.Metadata;
using Hitl.Emulator.Observation;
using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>Builds a step's execution context, runs the cached plug-in instance and records the execution.</summary>
internal sealed class StepRunner
{
    private readonly EmulatorRuntime _runtime;

    public StepRunner(EmulatorRuntime runtime) => _runtime = runtime;

    public PluginContext BuildContext(StepRegistration step, OperationContext op, int stage, int mode,
        ParameterCollection shared, PluginContext? parent, bool inTransaction,
        StoredRow? before, StoredRow? after, StoreSnapshot snapshot,
        ParameterCollection? input = null, ParameterCollection? output = null, Guid operationId = default)
    {
        var pre = new EntityImageCollection();
        var post = new EntityImageCollection();
        foreach (var image in step.Images)
        {
            if (image.IsPre && before is not null) pre[image.Alias] = _runtime.Reader.ToImage(before, image.Attributes, snapshot);
            if (image.IsPost && after is not null) post[image.Alias] = _runtime.Reader.ToImage(after, image.Attributes, snapshot);
        }
        return new PluginContext
        {
            Mode = mode,
            Depth = op.Depth,
            MessageName = op.Message,
            PrimaryEntityName = op.Entity,
            PrimaryEntityId = op.Id,
            RequestId = op.Request.RequestId,
            InputParameters = input ?? op.Input,
            OutputParameters = output ?? op.Output,
            SharedVariables = shared,
            UserId = step.ImpersonatingUserId ?? op.UserId,
            InitiatingUserId = op.Caller.InitiatingUserId,
            BusinessUnitId = _runtime.BusinessUnitId,
            OrganizationId = _runtime.OrganizationId,
            OrganizationName = _runtime.OrganizationName,
            PreEntityImages = pre,
            PostEntityImages = post,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
            CorrelationId = op.CorrelationId,
            IsInTransaction = inTransaction,
            OperationId = operationId,
            OperationCreatedOn = operationId == Guid.Empty ? default : _runtime.Clock.UtcNow,
            Stage = stage,
            ParentContext = parent!,
        };
    }

    /// <summary>Runs the step; a plug-in exception comes back as the fault the caller would see.</summary>
    public void Run(StepRegistration step, PluginContext context, Transaction? transaction)
    {
        var observer = new StepObserver(_runtime.Journal, step.Name, context.CorrelationId, context.Depth);
        var scope = new ExecutionScope();
        var factory = new OrganizationServiceFactory(_runtime, context, transaction, observer, scope);
        var services = new PluginServiceProvider(context, observer, factory, _runtime.Clock);
        var doomedBefore = transaction?.Doomed ?? false;
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            var plugin = _runtime.Plugins.Get(step.Id.ToString("D"), step.PluginTypeName, step.UnsecureConfiguration, step.SecureConfiguration);
            plugin.Execute(services);
            if (transaction is { Doomed: true } && !doomedBefore) throw FaultTranslator.TransactionCountReduced();
        }
        catch (Exception ex)
        {
            failure = ex;
            throw FaultTranslator.FromPlugin(ex, step, observer.Lines);
        }
        finally
        {
            scope.End();
            _runtime.Journal.Add(new ExecutionRecord
            {
                Message = context.MessageName,
                Entity = context.PrimaryEntityName,
                Stage = context.Stage,
                Step = step.Name,
                Mode = context.Mode,
                Depth = context.Depth,
                CorrelationId = context.CorrelationId,
                Duration = watch.Elapsed,
                ServiceCalls = observer.ServiceCalls,
                Outcome = failure is null ? ExecutionOutcome.Succeeded : ExecutionOutcome.Failed,
                Error = failure?.Message,
                Trace = observer.Lines,
            });
        }
    }
}
