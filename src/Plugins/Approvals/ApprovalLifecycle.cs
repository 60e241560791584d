using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Approvals;

/// <summary>
/// The approval table's rules, in the pipeline: on create, make it a well-formed pending approval;
/// on update, let only a permitted person decide it once (form, flow and API alike); after a decision,
/// apply it to what the approval is about, in the same transaction.
/// </summary>
public sealed class ApprovalLifecycle : PluginBase
{
    public ApprovalLifecycle()
    {
        On(PipelineStage.PreOperation, "Create", ApprovalSchema.Table, PrepareNewApproval);
        On(PipelineStage.PreOperation, "Update", ApprovalSchema.Table, ValidateChange);
        On(PipelineStage.PostOperation, "Update", ApprovalSchema.Table, ApplyOutcome);
    }

    private static void PrepareNewApproval(ILocalPluginContext context)
    {
        NewApprovalRules.Prepare(context.ExecutionContext.GetTargetEntity(), context);
    }

    /// <summary>Set by the validation step when this update really moves the approval to another status.</summary>
    private const string TransitionApplied = "hitl.approval.transitionapplied";

    private static void ValidateChange(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var before = execution.GetPreImage();
        ApprovalChanges.DropUnchanged(target, before);
        if (ApprovalChanges.OnlyStateFollowingStatus(target, before)) return;

        if (execution.Ancestor(ApprovalContextExtensions.EscalateApi) != null)
        {
            ApprovalChanges.RequireOnly(target, ApprovalChanges.EscalationColumns, "the escalation API");
            if (target.Attributes.Count > 0) Escalate(context, target, before);
            return;
        }

        var submitted = execution.Ancestor(ApprovalContextExtensions.SubmitDecisionApi);
        var trustDecider = submitted != null && submitted.InputParameters.TryGetValue("ApprovalId", out var approvalId) && approvalId is Guid id && id == target.Id;
        ApprovalChanges.RefuseProtected(target, allowDecidedBy: trustDecider);

        var current = ApprovalMapping.ToSnapshot(before);
        if (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision) != null)
        {
            current = Decide(context, target, before, trustDecider ? submitted : null);
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

    private static ApprovalSnapshot Decide(ILocalPluginContext context, Entity target, Entity before, IPluginExecutionContext? submitted)
    {
        var caller = context.ExecutionContext.UserId;
        var decision = (ApprovalDecision)target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision).Value;
        var decider = submitted != null ? target.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Id ?? caller : caller;
        var source = submitted == null ? DecisionSource.Form : decider != submitted.UserId ? DecisionSource.Flow : DecisionSource.Api;

        // On the form, reason fields saved earlier (auto-save) count; a flow or API call brings its own.
        var reasons = source == DecisionSource.Form ? before.Merge(target) : target;
        var request = new DecisionRequest(decision, decider, source, context.UtcNow)
        {
            ReasonCode = reasons.GetAttributeValue<string>(ApprovalSchema.ReasonCode),
            Reason = reasons.GetAttributeValue<string>(ApprovalSchema.DecisionReason),
        };

        var current = ApprovalLock.AcquireAndRead(context, before);
        request = DeciderAuthority.Describe(request, current.Owner, new PrincipalDirectory(context.SystemService));
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
        var result = ApprovalTransitions.Cancel(current, context.ExecutionContext.UserId, DecisionSource.Form, context.UtcNow);
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

    /// <summary>Only an update whose validation applied a transition is applied to the world, exactly once.</summary>
    private static void ApplyOutcome(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (!execution.SharedVariables.ContainsKey(TransitionApplied)) return;

        var after = execution.GetPostImage();
        var status = (ApprovalStatus)(after.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? 0);
        if (ApprovalStateMachine.IsOpen(status)) return;

        // Finished approvals become inactive, so the app shows them read-only. A separate update: Dataverse
        // splits an update that carries statecode with other columns and would run the steps twice.
        var state = ApprovalStateMachine.RecordState(status);
        context.SystemService.Update(new Entity(ApprovalSchema.Table, after.Id)
        {
            [ApprovalSchema.StateCode] = new OptionSetValue(state.StateCode),
            [ApprovalSchema.StatusCode] = new OptionSetValue(state.StatusCode),
        });
        ApprovalOutcomes.Apply(after, status, context);
    }
}
