using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Pipeline;

/// <summary>
/// Base of every HITL step. One instance serves many threads, so nothing per-execution is ever stored on
/// it: the execute sequence builds a <see cref="LocalPluginContext"/>, finds the handler registered for
/// this event, skips a recursive call for the same record when the class opted in, runs the handler and
/// turns failures into messages a user can act on.
/// </summary>
public abstract class PluginBase : IPlugin
{
    private const int IsvAborted = -2147220891;

    private readonly List<RegisteredEvent> _registeredEvents = new List<RegisteredEvent>();
    private bool _preventRecursiveCalls;

    protected PluginBase(string? unsecureConfiguration = null, string? secureConfiguration = null)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    public string PluginName => GetType().FullName ?? GetType().Name;

    /// <summary>The events this class handles, in registration order.</summary>
    public IReadOnlyList<RegisteredEvent> RegisteredEvents => _registeredEvents;

    protected string? UnsecureConfiguration { get; }

    protected string? SecureConfiguration { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var local = new LocalPluginContext(serviceProvider);
        var context = local.ExecutionContext;
        var handled = _registeredEvents.FirstOrDefault(e => e.Matches(context.Stage, context.MessageName, context.PrimaryEntityName))
            ?? throw new InvalidPluginExecutionException(
                $"{PluginName} does not handle {context.MessageName} of {context.PrimaryEntityName} at stage {context.Stage}. " +
                "Its step registration is wrong: re-import the HITL Sales solution or remove the step.");

        local.Trace("{0}: {1} of {2} ({3}), stage {4}, mode {5}, depth {6}, correlation {7}",
            PluginName, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage, context.Mode, context.Depth, context.CorrelationId);

        if (_preventRecursiveCalls && RecursionGuard.IsRecursive(context, PluginName))
        {
            local.Trace("{0}: skipped, already running for this record higher up the call chain.", PluginName);
            return;
        }

        try
        {
            handled.Handler(local);
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // Only the code: the message goes back to the caller, and it can name people or quote what they typed.
            local.Trace("{0}: Dataverse refused a request (0x{1:X8}); its message is passed on to the caller.", PluginName, fault.Detail?.ErrorCode ?? 0);
            // A nested step's business message (IsvAborted) is already written for the user: pass it on as is.
            var message = fault.Detail?.Message ?? fault.Message;
            throw new InvalidPluginExecutionException(
                fault.Detail?.ErrorCode == IsvAborted ? message : $"{message} (HITL Sales, {PluginName}; correlation id {context.CorrelationId})", fault);
        }
        catch (Exception ex)
        {
            // The type and where it was thrown, not the message: exception messages can quote the data being processed.
            local.Trace("{0}: unexpected {1}{2}{3}", PluginName, ex.GetType().FullName!, Environment.NewLine, ex.StackTrace ?? string.Empty);
            local.Logger.LogError("{0} failed with {1}; correlation id {2}", PluginName, ex.GetType().FullName!, context.CorrelationId);
            throw new InvalidPluginExecutionException(
                $"HITL Sales could not complete {context.MessageName} of {context.PrimaryEntityName} because of an unexpected error in {PluginName}. " +
                $"Nothing was saved. Give your administrator the correlation id {context.CorrelationId}; the plug-in trace log has the details.", ex);
        }
    }

    /// <summary>
    /// Opt-in: skip this class when it is already running for the same record higher up the call chain
    /// (a step that updates the row it was triggered by). Never for validators: every change must be checked.
    /// Call from the constructor only.
    /// </summary>
    protected void PreventRecursiveCalls() => _preventRecursiveCalls = true;

    /// <summary>Declares an event this class handles; call from the constructor only.</summary>
    protected void On(PipelineStage stage, string messageName, string? entityLogicalName, Action<ILocalPluginContext> handler)
    {
        _registeredEvents.Add(new RegisteredEvent(stage, messageName, entityLogicalName, handler));
    }
}
