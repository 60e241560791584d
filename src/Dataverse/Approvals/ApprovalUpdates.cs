using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// An update of hitl_approval, validated once for the form, the flow and every API: only a permitted person decides
/// an open approval, once; the requester may cancel it; the escalation API escalates and expires; nothing else moves.
/// </summary>
public static class ApprovalUpdates
{
    /// <summary>Set by <see cref="Validate"/> when this update really moves the approval to another status.</summary>
    public const string TransitionApplied = "hitl.approval.transitionapplied";

    public static void Validate(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var before = execution.GetPreImage();
        // The decision API names its decider; read before unchanged columns are dropped, or a second decision by the
        // person who decided first would lose who is deciding.
        var namedDecider = target.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Id;
        ApprovalChanges.DropUnchanged(target, before);
        if (ApprovalChanges.OnlyStateFollowingStatus(target, before)) return;

        if (execution.Ancestor(ApprovalContextExtensions.EscalateApi) != null)
        {
            ApprovalChanges.Check(target, ApprovalChannel.EscalationApi);
            if (target.Attributes.Count > 0) Escalate(context, target, before);
            return;
        }

        var submitted = execution.Ancestor(ApprovalContextExtensions.SubmitDecisionApi);
        var trustDecider = submitted != null && submitted.InputParameters.TryGetValue("ApprovalId", out var approvalId) && approvalId is Guid id && id == target.Id;
        ApprovalChanges.Check(target, trustDecider ? ApprovalChannel.DecisionApi : ApprovalChannel.Client);

        var current = ApprovalMapping.ToSnapshot(before);
        if (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision) != null)
        {
            current = Decide(context, target, before, trustDecider ? submitted : null, namedDecider);
        }
        else if (target.Contains(ApprovalSchema.Status))
        {
            current = Cancel(context, target, before);
        }

        // Judged on the locked row when there was a transition: a replay must not carry other changes in.
        if (!execution.SharedVariables.ContainsKey(TransitionApplied) && !ApprovalStateMachine.IsOpen(current.Status) && target.Attributes.Keys.Any(k => k != ApprovalSchema.Id))
        {
            throw new InvalidPluginExecutionException(
                $"This approval is already {current.Status.ToString().ToLowerInvariant()} and can no longer be changed. If something needs another look, request a new approval.");
        }
    }

    private static ApprovalSnapshot Decide(ILocalPluginContext context, Entity target, Entity before, IPluginExecutionContext? submitted, Guid? namedDecider)
    {
        var execution = context.ExecutionContext;
        var caller = execution.UserId;
        var decision = (ApprovalDecision)target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision).Value;
        var decider = submitted != null ? namedDecider ?? caller : caller;
        var source = submitted == null ? DecisionSource.Form : decider != submitted.UserId ? DecisionSource.Flow : DecisionSource.Api;
        // Whoever really made the call: the form's or the API's initiating user, when it acted as someone else.
        var called = submitted ?? execution;

        // On the form, reason fields saved earlier (auto-save) count; a flow or API call brings its own.
        var reasons = source == DecisionSource.Form ? before.Merge(target) : target;
        var request = new DecisionRequest(decision, decider, source, context.UtcNow)
        {
            ReasonCode = reasons.GetAttributeValue<string>(ApprovalSchema.ReasonCode),
            Reason = reasons.GetAttributeValue<string>(ApprovalSchema.DecisionReason),
            OnBehalfOfCallerId = called.InitiatingUserId != called.UserId ? called.InitiatingUserId : null,
            // The form's user could write the row, so they can read it; the API checked its caller can. A flow's
            // responder may not be able to read it, so a flow gets no names or dates.
            MayKnowWhoDecided = source != DecisionSource.Flow,
        };

        var current = ApprovalLock.AcquireAndRead(context, before);
        request = DeciderAuthority.Describe(request, current.Owner, new PrincipalDirectory(context.SystemService),
            SystemUser.IdOf(execution.OrganizationId, () => context.SystemService));
        var result = ApprovalDecisionRules.Decide(current, request, new ApprovalPolicy(ApprovalSettings.ReasonCodes(context)));
        if (result.IsRefused) throw new InvalidPluginExecutionException(result.Message);

        foreach (var column in new[] { ApprovalSchema.Decision, ApprovalSchema.ReasonCode, ApprovalSchema.DecisionReason, ApprovalSchema.DecidedBy })
        {
            target.Attributes.Remove(column);
        }

        if (result.IsApplied)
        {
            Apply(context, target, result.Change!);
            context.Trace("Approval {0} {1} by {2} via {3} (override: {4}).", current.Id, result.Status, decider, source, result.Change!.IsOverride);
        }

        return current;
    }

    private static ApprovalSnapshot Cancel(ILocalPluginContext context, Entity target, Entity before)
    {
        var requested = (ApprovalStatus)(target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? 0);
        if (requested != ApprovalStatus.Cancelled)
        {
            throw new InvalidPluginExecutionException(
                "The approval status follows from the decision: set Decision to Approve or Reject (with a reason when required), or set the status to Cancelled to withdraw your request.");
        }

        var current = ApprovalLock.AcquireAndRead(context, before);
        var result = ApprovalTransitions.Cancel(current, context.ExecutionContext.InitiatingUserId, DecisionSource.Form, context.UtcNow);
        if (result.IsRefused) throw new InvalidPluginExecutionException(result.Message);
        target.Attributes.Remove(ApprovalSchema.Status);
        if (result.IsApplied) Apply(context, target, result.Change!);
        return current;
    }

    /// <summary>The escalation API planned from a read; the row may have been decided since, so check again under the lock.</summary>
    private static void Escalate(ILocalPluginContext context, Entity target, Entity before)
    {
        var current = ApprovalLock.AcquireAndRead(context, before);
        var to = (ApprovalStatus)(target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? (int)current.Status);
        if (ApprovalStateMachine.CanTransition(current.Status, to))
        {
            context.ExecutionContext.SharedVariables[TransitionApplied] = true;
            return;
        }

        context.Trace("Approval {0} is {1} now; escalation to {2} skipped.", current.Id, current.Status, to);
        target.Attributes.Clear();
    }

    private static void Apply(ILocalPluginContext context, Entity target, ApprovalChange change)
    {
        ApprovalMapping.Apply(change, target);
        context.ExecutionContext.SharedVariables[TransitionApplied] = true;
    }
}
