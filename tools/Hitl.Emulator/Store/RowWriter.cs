using System.Collections.Immutable;
using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Store;

/// <summary>Applies validated writes to a transaction, maintaining the platform's system columns.</summary>
internal sealed class RowWriter
{
    private readonly EmulatorMetadata _metadata;
    private readonly FakeClock _clock;
    private readonly Guid _businessUnitId;

    public RowWriter(EmulatorMetadata metadata, FakeClock clock, Guid businessUnitId)
    {
        _metadata = metadata;
        _clock = clock;
        _businessUnitId = businessUnitId;
    }

    public StoredRow Insert(Transaction tx, TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values, Guid userId)
    {
        if (tx.Working.Find(table.LogicalName, id) is not null)
            throw Faults.Create(ErrorCodes.DuplicateRecord, $"A record with id {id:D} already exists in table '{table.LogicalName}'. Cannot insert duplicate key.");
        var now = _clock.UtcNow;
        var user = new EntityReference("systemuser", userId);
        var row = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        row[table.PrimaryIdAttribute] = id;
        SetIfColumn(table, row, SystemColumns.CreatedOn, now);
        SetIfColumn(table, row, SystemColumns.ModifiedOn, now);
        SetIfColumn(table, row, SystemColumns.CreatedBy, user);
        SetIfColumn(table, row, SystemColumns.ModifiedBy, ValueCopier.CopyReference(user));
        if (table.Ownership == OwnershipType.UserOwned && table.Columns.ContainsKey(SystemColumns.OwnerId))
            SetOwner(table, row, values.TryGetValue(SystemColumns.OwnerId, out var owner) && owner is EntityReference o ? o : user);
        else if (table.Columns.ContainsKey(SystemColumns.OwningBusinessUnit))
            row[SystemColumns.OwningBusinessUnit] = new EntityReference("businessunit", _businessUnitId);
        foreach (var (name, value) in values)
            if (value is not null && name != SystemColumns.OwnerId) row[name] = value;
        BackdateCreation(table, row, now);
        ApplyStateDefaults(table, row, values, isCreate: true);
        tx.Working = tx.Working.Put(table.LogicalName, id, row.ToImmutable(), out var stored);
        return stored;
    }

    public StoredRow Patch(Transaction tx, TableMetadata table, StoredRow existing, IReadOnlyDictionary<string, object?> values, Guid userId)
    {
        var row = existing.Attributes.ToBuilder();
        foreach (var (name, value) in values)
        {
            if (name == SystemColumns.OwnerId && value is EntityReference owner) { SetOwner(table, row, owner); continue; }
            if (value is null) row.Remove(name);
            else row[name] = value;
        }
        ApplyStateDefaults(table, row, values, isCreate: false);
        SetIfColumn(table, row, SystemColumns.ModifiedOn, _clock.UtcNow);
        SetIfColumn(table, row, SystemColumns.ModifiedBy, new EntityReference("systemuser", userId));
        tx.Working = tx.Working.Put(table.LogicalName, existing.Id, row.ToImmutable(), out var stored);
        return stored;
    }

    /// <summary>
    /// A Create that sets overriddencreatedon (data migration) gets that date-time as createdon, and overriddencreatedon
    /// then holds when the row was really created (the behaviour Learn's data-import guidance describes for migrated
    /// rows; the wording could not be checked here, only the table references: overriddencreatedon is "Date and time
    /// that the record was migrated", IsValidForUpdate False). modifiedon stays the real time.
    /// </summary>
    private static void BackdateCreation(TableMetadata table, ImmutableDictionary<string, object>.Builder row, DateTime now)
    {
        if (!row.TryGetValue(SystemColumns.OverriddenCreatedOn, out var value) || value is not DateTime migratedOn) return;
        SetIfColumn(table, row, SystemColumns.CreatedOn, migratedOn);
        row[SystemColumns.OverriddenCreatedOn] = now;
    }

    /// <summary>Deletes the row, removing intersect rows and applying each 1:N relationship's cascade.</summary>
    public void Remove(Transaction tx, string table, Guid id)
    {
        foreach (var rel in _metadata.Relationships)
        {
            if (rel.Kind == RelationshipKind.ManyToMany)
            {
                foreach (var attribute in IntersectColumnsFor(rel, table))
                    foreach (var link in tx.Working.Rows(rel.IntersectEntity).Where(r => Refers(r[attribute], id)).ToList())
                        tx.Working = tx.Working.Remove(rel.IntersectEntity, link.Id);
                continue;
            }
            if (rel.ReferencedEntity != table) continue;
            var children = tx.Working.Rows(rel.ReferencingEntity).Where(r => Refers(r[rel.ReferencingAttribute], id)).ToList();
            if (children.Count == 0) continue;
            switch (rel.CascadeDelete)
            {
                case "Restrict":
                    throw Faults.Create(ErrorCodes.CannotDeleteDueToAssociation,
                        $"The record cannot be deleted because it is associated with another record (relationship '{rel.SchemaName}').");
                case "Cascade":
                    foreach (var child in children) Remove(tx, rel.ReferencingEntity, child.Id);
                    break;
                default: // RemoveLink; NoCascade behaves the same for a deleted parent
                    foreach (var child in children)
                        tx.Working = tx.Working.Put(child.Table, child.Id, child.Attributes.Remove(rel.ReferencingAttribute), out _);
                    break;
            }
        }
        tx.Working = tx.Working.Remove(table, id);
    }

    private static IEnumerable<string> IntersectColumnsFor(RelationshipMetadata rel, string table)
    {
        if (rel.Entity1 == table) yield return rel.Entity1IntersectAttribute;
        if (rel.Entity2 == table && rel.Entity2IntersectAttribute != rel.Entity1IntersectAttribute) yield return rel.Entity2IntersectAttribute;
    }

    private static bool Refers(object? value, Guid id) =>
        value is EntityReference r ? r.Id == id : value is Guid g && g == id;

    private void SetOwner(TableMetadata table, ImmutableDictionary<string, object>.Builder row, EntityReference owner)
    {
        row[SystemColumns.OwnerId] = new EntityReference(owner.LogicalName, owner.Id);
        row.Remove(SystemColumns.OwningUser);
        row.Remove(SystemColumns.OwningTeam);
        var owningColumn = owner.LogicalName == "team" ? SystemColumns.OwningTeam : SystemColumns.OwningUser;
        SetIfColumn(table, row, owningColumn, new EntityReference(owner.LogicalName, owner.Id));
        SetIfColumn(table, row, SystemColumns.OwningBusinessUnit, new EntityReference("businessunit", _businessUnitId));
    }

    private static void SetIfColumn(TableMetadata table, ImmutableDictionary<string, object>.Builder row, string column, object value)
    {
        if (table.Columns.ContainsKey(column)) row[column] = value;
    }

    /// <summary>statecode defaults to 0; statuscode to the default status of the (new) state; a lone statuscode implies its state.</summary>
    private static void ApplyStateDefaults(TableMetadata table, ImmutableDictionary<string, object>.Builder row,
        IReadOnlyDictionary<string, object?> values, bool isCreate)
    {
        var stateColumn = table.Column(SystemColumns.StateCode);
        var statusColumn = table.Column(SystemColumns.StatusCode);
        if (stateColumn is null || statusColumn is null) return;
        var stateGiven = values.TryGetValue(SystemColumns.StateCode, out var s) && s is OptionSetValue;
        var statusGiven = values.TryGetValue(SystemColumns.StatusCode, out var st) && st is OptionSetValue;
        if (statusGiven && !stateGiven)
        {
            var status = ((OptionSetValue)st!).Value;
            var state = statusColumn.Options.FirstOrDefault(o => o.Value == status)?.State;
            if (state is not null) row[SystemColumns.StateCode] = new OptionSetValue(state.Value);
            else if (isCreate) row[SystemColumns.StateCode] = new OptionSetValue(0);
            return;
        }
        if (isCreate && !stateGiven) row[SystemColumns.StateCode] = new OptionSetValue(0);
        var currentState = ((OptionSetValue)row[SystemColumns.StateCode]).Value;
        if (statusGiven)
        {
            var status = ((OptionSetValue)st!).Value;
            var owner = statusColumn.Options.FirstOrDefault(o => o.Value == status)?.State;
            if (owner is not null && owner != currentState)
                throw Faults.InvalidArgument(
                    $"{status} is not a valid status code for state code {table.LogicalName}State.{currentState} on {table.LogicalName}.");
            return;
        }
        if (isCreate || stateGiven)
        {
            var defaults = statusColumn.Options.Where(o => o.State == currentState).ToList();
            var chosen = defaults.FirstOrDefault(o => o.IsDefaultForState) ?? defaults.FirstOrDefault();
            if (chosen is not null) row[SystemColumns.StatusCode] = new OptionSetValue(chosen.Value);
        }
    }
}
