using System;
using System.Linq;
using Hitl.Core.Approvals;
using Hitl.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Approvals
{
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

        private static void ValidateChange(ILocalPluginContext context)
        {
            var execution = context.ExecutionContext;
            var target = execution.GetTargetEntity();
            var before = execution.GetPreImage();
            ApprovalChanges.DropUnchanged(target, before);

            if (execution.Ancestor(ApprovalContextExtensions.EscalateApi) != null)
            {
                ApprovalChanges.RequireOnly(target, ApprovalChanges.EscalationColumns, "the escalation API");
                if (target.Attributes.Count > 0) Escalate(context, target, before);
                return;
            }

            var submitted = execution.Ancestor(ApprovalContextExtensions.SubmitDecisionApi);
            var trustDecider = submitted != null && submitted.InputParameters.TryGetValue("ApprovalId", out var approvalId) && approvalId is Guid id && id == target.Id;
            ApprovalChanges.RefuseProtected(target, allowDecidedBy: trustDecider);

            if (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision) != null)
            {
                Decide(context, target, before, trustDecider ? submitted : null);
            }
            else if (target.Contains(ApprovalSchema.Status))
            {
                Cancel(context, target, before);
            }

            var current = ApprovalMapping.ToSnapshot(before);
            if (!ApprovalStateMachine.IsOpen(current.Status) && target.Attributes.Keys.Any(k => k != ApprovalSchema.Id))
            {
                throw new InvalidPluginExecutionException(
                    $"This approval is already {current.Status.ToString().ToLowerInvariant()} and can no longer be changed. If something needs another look, request a new approval.");
            }
        }

        private static void Decide(ILocalPluginContext context, Entity target, Entity before, IPluginExecutionContext? submitted)
        {
            var decision = (ApprovalDecision)target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision).Value;
            var decider = submitted != null
                ? target.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Id ?? context.ExecutionContext.UserId
                : context.ExecutionContext.UserId;
            var source = submitted == null
                ? DecisionSource.Form
                : submitted.InputParameters.ContainsKey("ResponderId") || submitted.InputParameters.ContainsKey("ResponderEmail") ? DecisionSource.Flow : DecisionSource.Api;

            // Reason fields saved earlier (auto-save) count as much as those saved with the decision.
            var merged = before.Merge(target);
            var request = new DecisionRequest(decision, decider, source, context.UtcNow)
            {
                ReasonCode = merged.GetAttributeValue<string>(ApprovalSchema.ReasonCode),
                Reason = merged.GetAttributeValue<string>(ApprovalSchema.DecisionReason),
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
                ApprovalMapping.Apply(result.Change!, target);
                context.Trace("Approval {0} {1} by {2} via {3} (override: {4}).", current.Id, result.Status, decider, source, result.Change!.IsOverride);
            }
        }

        private static void Cancel(ILocalPluginContext context, Entity target, Entity before)
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
            if (result.IsApplied) ApprovalMapping.Apply(result.Change!, target);
        }

        /// <summary>The escalation API planned from a read; the row may have been decided since, so check again under the lock.</summary>
        private static void Escalate(ILocalPluginContext context, Entity target, Entity before)
        {
            var current = ApprovalLock.AcquireAndRead(context, before);
            var to = (ApprovalStatus)(target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? (int)current.Status);
            if (!ApprovalStateMachine.CanTransition(current.Status, to))
            {
                context.Trace("Approval {0} is {1} now; escalation to {2} skipped.", current.Id, current.Status, to);
                target.Attributes.Clear();
            }
        }

        private static void ApplyOutcome(ILocalPluginContext context)
        {
            var execution = context.ExecutionContext;
            var before = ApprovalMapping.ToSnapshot(execution.GetPreImage());
            var after = execution.GetPostImage();
            var status = (ApprovalStatus)(after.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? 0);
            if (status == before.Status || ApprovalStateMachine.IsOpen(status)) return;

            ApprovalOutcomes.Apply(after, status, context);
        }
    }
}
