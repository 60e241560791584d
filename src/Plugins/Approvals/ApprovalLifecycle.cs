using System;
using System.Collections.Generic;
using System.Linq;
using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
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
            var target = context.ExecutionContext.GetTargetEntity();
            NewApprovalRules.Prepare(target, context);
        }

        private static void ValidateChange(ILocalPluginContext context)
        {
            var execution = context.ExecutionContext;
            var target = execution.GetTargetEntity();
            var current = ApprovalMapping.ToSnapshot(execution.GetPreImage());

            if (execution.Ancestor(ApprovalContextExtensions.EscalateApi) != null)
            {
                // The escalation API computed this change with the same state machine.
                return;
            }

            var submitted = execution.Ancestor(ApprovalContextExtensions.SubmitDecisionApi);
            RefuseSystemColumns(target, allowDecidedBy: submitted != null);

            // A form saves every dirty field: an unchanged status is not a request to change it.
            if (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value == (int)current.Status)
            {
                target.Attributes.Remove(ApprovalSchema.Status);
            }

            if (target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision) != null)
            {
                Decide(context, target, current, submitted);
            }
            else if (target.Contains(ApprovalSchema.Status))
            {
                Cancel(context, target, current);
            }
            else if (!ApprovalStateMachine.IsOpen(current.Status) && target.Attributes.Keys.Any(k => k != ApprovalSchema.Id))
            {
                throw new InvalidPluginExecutionException(
                    $"This approval is already {current.Status.ToString().ToLowerInvariant()} and can no longer be changed. If something needs another look, request a new approval.");
            }
        }

        private static void Decide(ILocalPluginContext context, Entity target, ApprovalSnapshot current, IPluginExecutionContext? submitted)
        {
            var decision = (ApprovalDecision)target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Decision).Value;
            var decider = submitted != null
                ? target.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Id ?? context.ExecutionContext.UserId
                : context.ExecutionContext.UserId;
            var source = submitted == null
                ? DecisionSource.Form
                : submitted.InputParameters.ContainsKey("ResponderId") || submitted.InputParameters.ContainsKey("ResponderEmail") ? DecisionSource.Flow : DecisionSource.Api;

            var request = new DecisionRequest(decision, decider, source, context.UtcNow)
            {
                ReasonCode = target.Contains(ApprovalSchema.ReasonCode) ? target.GetAttributeValue<string>(ApprovalSchema.ReasonCode) : null,
                Reason = target.Contains(ApprovalSchema.DecisionReason) ? target.GetAttributeValue<string>(ApprovalSchema.DecisionReason) : null,
            };
            request = DeciderAuthority.Describe(request, current.Owner, new PrincipalDirectory(context.SystemService));

            var result = ApprovalDecisionRules.Decide(current, request, new ApprovalPolicy(ApprovalSettings.ReasonCodes(context)));
            if (result.IsRefused) throw new InvalidPluginExecutionException(result.Message);

            if (result.IsAlreadyApplied)
            {
                // A replay (flow retry, second click): nothing changes.
                foreach (var column in new[] { ApprovalSchema.Decision, ApprovalSchema.ReasonCode, ApprovalSchema.DecisionReason, ApprovalSchema.DecidedBy })
                {
                    target.Attributes.Remove(column);
                }

                return;
            }

            ApprovalMapping.Apply(result.Change!, target);
            context.Trace("Approval {0} {1} by {2} via {3} (override: {4}).", current.Id, result.Status, decider, source, result.Change!.IsOverride);
        }

        private static void Cancel(ILocalPluginContext context, Entity target, ApprovalSnapshot current)
        {
            var requested = (ApprovalStatus)(target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? 0);
            if (requested != ApprovalStatus.Cancelled)
            {
                throw new InvalidPluginExecutionException(
                    "The approval status follows from the decision: set Decision to Approve or Reject (with a reason when required), or set the status to Cancelled to withdraw your request.");
            }

            var result = ApprovalTransitions.Cancel(current, context.ExecutionContext.UserId, DecisionSource.Form, context.UtcNow);
            if (result.IsRefused) throw new InvalidPluginExecutionException(result.Message);
            if (result.IsApplied) ApprovalMapping.Apply(result.Change!, target);
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

        private static void RefuseSystemColumns(Entity target, bool allowDecidedBy)
        {
            var forbidden = ApprovalSchema.SystemColumns
                .Where(c => c != ApprovalSchema.Status && !(allowDecidedBy && c == ApprovalSchema.DecidedBy) && target.Contains(c))
                .ToArray();
            if (forbidden.Length > 0)
            {
                throw new InvalidPluginExecutionException(
                    $"{string.Join(", ", forbidden)} {(forbidden.Length == 1 ? "is" : "are")} set by HITL Sales when an approval is created, decided, escalated or expired; remove {(forbidden.Length == 1 ? "it" : "them")} from your update.");
            }
        }
    }
}
