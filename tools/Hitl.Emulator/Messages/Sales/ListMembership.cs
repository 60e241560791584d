using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// What AddMember and AddListMembers share (Learn: AddMemberListRequest, AddListMembersListRequest, "list" table):
/// a static marketing list takes members of the one table its createdfromcode names (1 account, 2 contact, 4 lead);
/// membership is a listmember row; adding an existing member adds nothing and returns its row.
/// </summary>
internal static class ListMembership
{
    private static readonly Dictionary<int, string> MemberTables = new() { [1] = "account", [2] = "contact", [4] = "lead" };

    public static Guid ListId(OperationContext op) =>
        op.Input.TryGetValue("ListId", out var id) && id is Guid listId && listId != Guid.Empty
            ? listId
            : throw Faults.InvalidArgument($"Required field 'ListId' is missing or empty for request '{op.Request.RequestName}'.");

    /// <summary>Adding members changes the list: Append on it, AppendTo on each member (as Associate demands).</summary>
    public static void Authorize(OperationContext op, IEnumerable<Guid> members)
    {
        var list = ListOf(op);
        op.Demand(PrivilegeKind.Append, "list", list.Id);
        var table = MemberTable(list);
        foreach (var member in members)
            if (op.Find(table, member) is not null) op.Demand(PrivilegeKind.AppendTo, table, member);
    }

    /// <summary>Adds one member and returns its listmember id.</summary>
    public static Guid Add(OperationContext op, Entity list, Guid memberId)
    {
        var table = MemberTable(list);
        if (op.Find(table, memberId) is null) throw WrongMember(op, list, table, memberId);
        var existing = op.Snapshot.Rows("listmember").FirstOrDefault(r =>
            r["listid"] is EntityReference l && l.Id == list.Id && r["entityid"] is EntityReference e && e.Id == memberId);
        if (existing is not null) return existing.Id;
        var id = op.Runtime.Ids.Next();
        op.Runtime.Writer.Insert(op.Tx, op.Runtime.Validator.TableOf("listmember"), id, new Dictionary<string, object?>
        {
            ["listid"] = list.ToEntityReference(),
            ["entityid"] = new EntityReference(table, memberId),
            ["entitytype"] = table,
        }, op.UserId);
        return id;
    }

    /// <summary>The list row, refused when it is missing, inactive or dynamic (a dynamic list's members come from its query).</summary>
    public static Entity ListOf(OperationContext op)
    {
        var listId = ListId(op);
        var list = op.Find("list", listId) ?? throw Faults.DoesNotExist("list", listId);
        if (list.GetAttributeValue<bool>("type"))
            throw Faults.InvalidArgument($"Members cannot be added to the dynamic marketing list {listId:D}: its members come from its query.");
        if (RecordState.StateOf(list) != RecordState.Open)
            throw Faults.InvalidArgument($"Members cannot be added to the inactive marketing list {listId:D}.");
        return list;
    }

    private static string MemberTable(Entity list)
    {
        var code = list.GetAttributeValue<OptionSetValue>("createdfromcode")?.Value;
        return code is { } c && MemberTables.TryGetValue(c, out var table)
            ? table
            : throw Faults.InvalidArgument($"The marketing list {list.Id:D} has no member type (createdfromcode {code?.ToString() ?? "empty"}; expected 1 account, 2 contact or 4 lead).");
    }

    private static Exception WrongMember(OperationContext op, Entity list, string table, Guid memberId)
    {
        var actual = MemberTables.Values.FirstOrDefault(t => t != table && op.Find(t, memberId) is not null);
        return actual is null
            ? Faults.DoesNotExist(table, memberId)
            : Faults.InvalidArgument(
                $"The marketing list {list.Id:D} has members of type '{table}'; {memberId:D} is a '{actual}' and cannot be added to it.");
    }
}
