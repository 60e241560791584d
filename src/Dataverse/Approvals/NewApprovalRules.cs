using Hitl.Core.Approvals;
using Hitl.Dataverse.Decisions;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Approvals;

/// <summary>Turns a requested hitl_approval row into a well-formed pending approval, or refuses it.</summary>
public static class NewApprovalRules
{
    private static readonly (string Lookup, string Table)[] RegardingLookups =
    {
        (ApprovalSchema.Lead, "lead"),
        (ApprovalSchema.Opportunity, "opportunity"),
        (ApprovalSchema.AutomatedDecision, DecisionLogSchema.Table),
    };

    public static void Prepare(Entity target, ILocalPluginContext context)
    {
        var type = target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Type);
        if (type == null || !Enum.IsDefined(typeof(ApprovalType), type.Value))
        {
            throw new InvalidPluginExecutionException("Choose the approval type (for example Lead review) before saving the approval.");
        }

        var decided = new[] { ApprovalSchema.Decision, ApprovalSchema.DecidedBy, ApprovalSchema.DecidedOn, ApprovalSchema.Source, ApprovalSchema.EscalatedOn, ApprovalSchema.ReasonCode, ApprovalSchema.DecisionReason }
            .Where(c => target.GetAttributeValue<object>(c) != null)
            .ToArray();
        var status = target.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status);
        if (decided.Length > 0 || (status != null && status.Value != (int)ApprovalStatus.Pending))
        {
            throw new InvalidPluginExecutionException(
                "A new approval starts pending: create it without a status, decision, reason or decided by/on, then decide it on the form or with hitl_SubmitApprovalDecision.");
        }

        var (table, id) = Regarding(target, context);
        var approvalType = (ApprovalType)type.Value;
        var key = ApprovalCorrelationKey.Build(approvalType, table, id);
        var open = ApprovalQueries.FindOpen(context.SystemService, key);
        if (open != null)
        {
            throw new InvalidPluginExecutionException(
                $"An open {approvalType} approval already exists for this {table}: '{open.GetAttributeValue<string>(ApprovalSchema.Name)}' ({open.Id:D}). Decide or cancel it before requesting another.");
        }

        var now = context.UtcNow;
        target[ApprovalSchema.CorrelationKey] = key;
        target[ApprovalSchema.Status] = new OptionSetValue((int)ApprovalStatus.Pending);
        // A contested automated decision must be answered within one month (GDPR Art. 12(3)), whatever the SLA.
        target[ApprovalSchema.DueOn] = approvalType == ApprovalType.ContestedDecision ? now.AddMonths(1) : ApprovalSettings.Sla(context).DueOn(approvalType, now);
        // Who asked is what the platform says, never a client value: it decides who may not approve.
        target[ApprovalSchema.RequestedBy] = new EntityReference("systemuser", context.ExecutionContext.InitiatingUserId);
        ApprovalRouting.EnsureIndependentOwner(target, context);

        if (string.IsNullOrWhiteSpace(target.GetAttributeValue<string>(ApprovalSchema.Name)))
        {
            target[ApprovalSchema.Name] = $"{approvalType} of {table} {id:D}";
        }
    }

    /// <summary>What the approval is about: the generic pointer, else the first regarding lookup set.</summary>
    private static (string Table, Guid Id) Regarding(Entity target, ILocalPluginContext context)
    {
        var table = target.GetAttributeValue<string>(ApprovalSchema.RegardingTable)?.Trim().ToLowerInvariant();
        var idText = target.GetAttributeValue<string>(ApprovalSchema.RegardingId);
        if (!string.IsNullOrEmpty(table) && !string.IsNullOrWhiteSpace(idText))
        {
            if (!Guid.TryParse(idText, out var id))
            {
                throw new InvalidPluginExecutionException($"Regarding id '{idText}' is not a record id (a GUID).");
            }

            target[ApprovalSchema.RegardingTable] = table;
            target[ApprovalSchema.RegardingId] = id.ToString("D");
            var lookup = RegardingLookups.FirstOrDefault(l => l.Table == table).Lookup;
            if (lookup == null)
            {
                // No lookup column for this table: check the record exists (the platform checks lookups itself).
                context.SystemService.Retrieve(table!, id, new ColumnSet(false));
            }
            else if (target.GetAttributeValue<EntityReference>(lookup) is EntityReference set && set.Id != id)
            {
                throw new InvalidPluginExecutionException($"Regarding id {id:D} and {lookup} ({set.Id:D}) name different {table} records; set only one of them.");
            }
            else
            {
                target[lookup] = new EntityReference(table, id);
            }

            return (table!, id);
        }

        foreach (var (lookup, lookupTable) in RegardingLookups)
        {
            var reference = target.GetAttributeValue<EntityReference>(lookup);
            if (reference == null) continue;
            target[ApprovalSchema.RegardingTable] = lookupTable;
            target[ApprovalSchema.RegardingId] = reference.Id.ToString("D");
            return (lookupTable, reference.Id);
        }

        throw new InvalidPluginExecutionException(
            "Say what the approval is about: set the lead, the opportunity or the automated decision, or set Regarding table and Regarding id.");
    }
}
