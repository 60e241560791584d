using Hitl.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// The activityparty rows of an e-mail's party lists (Learn: "ActivityParty table", participationtypemask
/// 1 sender, 2 to, 3 cc, 4 bcc). Each party's partyid must be an existing row of a table the column allows.
/// </summary>
internal static class ActivityParties
{
    private static readonly (string Column, int Mask)[] PartyLists = [("from", 1), ("to", 2), ("cc", 3), ("bcc", 4)];
    private const int FirstRecipientMask = 2;

    public static void Write(OperationContext op, Entity email)
    {
        var table = op.Runtime.Validator.TableOf("email");
        var parties = new List<(EntityReference Party, int Mask)>();
        foreach (var (column, mask) in PartyLists)
        {
            if (!email.Attributes.TryGetValue(column, out var value) || value is null) continue;
            if (value is not EntityCollection list)
                throw Faults.InvalidArgument($"The party list '{column}' of email {email.Id:D} must be an EntityCollection of activityparty rows.");
            var targets = table.Column(column)?.Targets ?? [];
            foreach (var entry in list.Entities)
            {
                var party = entry.GetAttributeValue<EntityReference>("partyid")
                    ?? throw Faults.InvalidArgument($"An activity party in '{column}' of email {email.Id:D} has no partyid.");
                if (targets.Count > 0 && !targets.Contains(party.LogicalName))
                    throw Faults.InvalidArgument(
                        $"An activity party in '{column}' of email {email.Id:D} cannot be a '{party.LogicalName}' (allowed: {string.Join(", ", targets)}).");
                RequestArgs.ExistingRow(op, party.LogicalName, party.Id);
                parties.Add((party, mask));
            }
        }
        if (!parties.Any(p => p.Mask >= FirstRecipientMask))
            throw Faults.InvalidArgument($"The e-mail must have at least one recipient before it can be sent (email {email.Id:D} has no to, cc or bcc party).");

        var partyTable = op.Runtime.Validator.TableOf("activityparty");
        var existing = op.Snapshot.Rows("activityparty")
            .Where(r => r.Attributes.TryGetValue("activityid", out var a) && a is EntityReference activity && activity.Id == email.Id)
            .ToList();
        foreach (var row in existing) op.Tx.Working = op.Tx.Working.Remove("activityparty", row.Id);
        foreach (var (party, mask) in parties)
            op.Runtime.Writer.Insert(op.Tx, partyTable, op.Runtime.Ids.Next(), new Dictionary<string, object?>
            {
                ["activityid"] = email.ToEntityReference(),
                ["partyid"] = new EntityReference(party.LogicalName, party.Id),
                ["participationtypemask"] = new OptionSetValue(mask),
            }, op.UserId);
    }
}
