using Hitl.Core.Approvals;
using Hitl.Dataverse.RegardingTables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// What a requested approval is about: hitl_regardingtable/hitl_regardingid, else the first regarding lookup set.
/// Both forms are written back, so views can filter on the lookup and every approval carries the generic pointer.
/// </summary>
public static class ApprovalRegarding
{
    public static Regarding Resolve(Entity approval, IOrganizationService service)
    {
        var table = approval.GetAttributeValue<string>(ApprovalSchema.RegardingTable)?.Trim().ToLowerInvariant();
        var idText = approval.GetAttributeValue<string>(ApprovalSchema.RegardingId);
        if (!string.IsNullOrEmpty(table) && !string.IsNullOrWhiteSpace(idText)) return FromPointer(approval, table!, idText!, service);

        // The reviewed automated decision is what an approval is about only when no other record is named.
        var set = RegardingTable.All
            .Select(t => (Table: t, Reference: approval.GetAttributeValue<EntityReference>(t.ApprovalLookup)))
            .Where(s => s.Reference != null)
            .OrderBy(s => s.Table == RegardingTable.AutomatedDecision ? 1 : 0)
            .ToList();
        if (set.Count(s => s.Table != RegardingTable.AutomatedDecision) > 1)
        {
            throw new InvalidPluginExecutionException(
                $"Set only one of {string.Join(", ", set.Where(s => s.Table != RegardingTable.AutomatedDecision).Select(s => s.Table.ApprovalLookup))}: an approval is about one record.");
        }

        if (set.Count > 0)
        {
            var (lookupTable, reference) = set[0];
            if (reference!.Id == Guid.Empty) throw new InvalidPluginExecutionException($"{lookupTable.ApprovalLookup} names no record (an empty id).");
            var regarding = new Regarding(lookupTable.LogicalName, reference.Id);
            approval[ApprovalSchema.RegardingTable] = regarding.Table;
            approval[ApprovalSchema.RegardingId] = regarding.Id.ToString("D");
            return regarding;
        }

        throw new InvalidPluginExecutionException(
            "Say what the approval is about: set the lead, the opportunity, the scoring model or the automated decision, or set Regarding table and Regarding id.");
    }

    private static Regarding FromPointer(Entity approval, string table, string idText, IOrganizationService service)
    {
        if (!Guid.TryParse(idText.Trim(), out var id) || id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException($"Regarding id {InputText.Quote(idText)} is not the id (a non-empty GUID) of a record.");
        }

        var regarding = new Regarding(table, id);
        approval[ApprovalSchema.RegardingTable] = regarding.Table;
        approval[ApprovalSchema.RegardingId] = id.ToString("D");
        var registered = RegardingTable.Find(regarding.Table);
        if (registered == null)
        {
            // No lookup column for this table: check the record exists (the platform checks lookups itself).
            service.Retrieve(regarding.Table, id, new ColumnSet(false));
        }
        else if (approval.GetAttributeValue<EntityReference>(registered.ApprovalLookup) is EntityReference set && set.Id != id)
        {
            throw new InvalidPluginExecutionException($"Regarding id {id:D} and {registered.ApprovalLookup} ({set.Id:D}) name different {regarding.Table} records; set only one of them.");
        }
        else
        {
            approval[registered.ApprovalLookup] = new EntityReference(regarding.Table, id);
        }

        return regarding;
    }
}
