using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>
/// Associate/Disassociate: N:N writes or removes intersect rows (teammembership, systemuserroles …);
/// 1:N sets or clears the lookup on the referencing rows.
/// </summary>
internal sealed class AssociateHandler : IMessageHandler
{
    private readonly bool _associate;

    public AssociateHandler(bool associate) => _associate = associate;

    public void Validate(OperationContext op)
    {
        RequestArgs.Required<EntityReference>(op, "Target");
        RequestArgs.Required<EntityReferenceCollection>(op, "RelatedEntities");
        var relationship = RequestArgs.Required<Relationship>(op, "Relationship");
        if (op.Runtime.Metadata.Relationship(relationship.SchemaName) is null)
            throw Faults.InvalidArgument($"The relationship '{relationship.SchemaName}' does not exist.");
    }

    public void Authorize(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var security = op.Runtime.Security;
        var row = RequestArgs.ExistingRow(op, target.LogicalName, target.Id);
        security.Demand(op.Snapshot, op.UserId, PrivilegeKind.Append, target.LogicalName, row);
        foreach (var related in RequestArgs.Current<EntityReferenceCollection>(op, "RelatedEntities"))
            security.Demand(op.Snapshot, op.UserId, PrivilegeKind.AppendTo, related.LogicalName,
                RequestArgs.ExistingRow(op, related.LogicalName, related.Id));
    }

    public void Execute(OperationContext op)
    {
        var target = RequestArgs.Current<EntityReference>(op, "Target");
        var relationship = op.Runtime.Metadata.Relationship(RequestArgs.Current<Relationship>(op, "Relationship").SchemaName)!;
        foreach (var related in RequestArgs.Current<EntityReferenceCollection>(op, "RelatedEntities"))
        {
            RequestArgs.ExistingRow(op, related.LogicalName, related.Id);
            if (relationship.Kind == RelationshipKind.ManyToMany) ManyToMany(op, relationship, target, related);
            else OneToMany(op, relationship, target, related);
        }
    }

    private void ManyToMany(OperationContext op, RelationshipMetadata rel, EntityReference target, EntityReference related)
    {
        var (first, second) = target.LogicalName == rel.Entity1 && related.LogicalName == rel.Entity2 ? (target, related)
            : target.LogicalName == rel.Entity2 && related.LogicalName == rel.Entity1 ? (related, target)
            : throw Faults.InvalidArgument($"Relationship '{rel.SchemaName}' joins '{rel.Entity1}' and '{rel.Entity2}', not '{target.LogicalName}' and '{related.LogicalName}'.");
        var existing = op.Snapshot.Rows(rel.IntersectEntity).FirstOrDefault(r =>
            IdOf(r[rel.Entity1IntersectAttribute]) == first.Id && IdOf(r[rel.Entity2IntersectAttribute]) == second.Id);
        if (!_associate)
        {
            if (existing is not null) op.Tx.Working = op.Tx.Working.Remove(rel.IntersectEntity, existing.Id);
            return;
        }
        if (existing is not null)
            throw Faults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: the rows are already associated through '{rel.SchemaName}'.");
        op.Runtime.InsertIntersect(op.Tx, rel, first.Id, second.Id);
    }

    private void OneToMany(OperationContext op, RelationshipMetadata rel, EntityReference target, EntityReference related)
    {
        // The referenced (one) side is either the target or the related row.
        var (parent, child) = target.LogicalName == rel.ReferencedEntity && related.LogicalName == rel.ReferencingEntity
            ? (target, related) : (related, target);
        var childRow = RequestArgs.ExistingRow(op, child.LogicalName, child.Id);
        var table = op.Runtime.Validator.TableOf(child.LogicalName);
        var value = _associate ? new EntityReference(parent.LogicalName, parent.Id) : null;
        op.Runtime.Writer.Patch(op.Tx, table, childRow, new Dictionary<string, object?> { [rel.ReferencingAttribute] = value }, op.UserId);
    }

    private static Guid IdOf(object? value) => value is EntityReference r ? r.Id : value is Guid g ? g : Guid.Empty;

    public OrganizationResponse Respond(OperationContext op) => _associate
        ? new Microsoft.Xrm.Sdk.Messages.AssociateResponse { ResponseName = "Associate" }
        : new Microsoft.Xrm.Sdk.Messages.DisassociateResponse { ResponseName = "Disassociate" };
}
