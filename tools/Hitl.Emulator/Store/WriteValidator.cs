using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Store;

/// <summary>
/// Checks a Create/Update Target against the table's metadata the way Dataverse does, and returns the
/// column values to save (copied, platform-managed columns dropped).
/// </summary>
internal sealed class WriteValidator
{
    private readonly EmulatorMetadata _metadata;

    public WriteValidator(EmulatorMetadata metadata) => _metadata = metadata;

    public TableMetadata TableOf(string logicalName) =>
        _metadata.Table(logicalName) ?? throw Faults.UnknownTable(logicalName);

    public Dictionary<string, object?> Validate(TableMetadata table, Entity target, bool isCreate, StoreSnapshot snapshot)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in target.Attributes)
        {
            if (SystemColumns.PlatformManaged.Contains(name)) continue;
            // overriddencreatedon is valid for create only (IsValidForUpdate False in every table reference): an
            // Update that sends it leaves the row as it is, as for the other columns the platform does not update.
            if (!isCreate && name == SystemColumns.OverriddenCreatedOn) continue;
            var column = table.Column(name) ?? throw Faults.UnknownColumn(table.LogicalName, name);
            if (name == table.PrimaryIdAttribute)
            {
                if (value is not Guid id || (target.Id != Guid.Empty && id != target.Id))
                    throw Faults.InvalidArgument($"The primary key '{name}' of table '{table.LogicalName}' must be a Guid equal to the entity's Id.");
                continue;
            }
            if (value is null)
            {
                // A row always has an owner: ownerid is system-required whatever the column definition says.
                if (!isCreate && (column.RequiredLevel == RequiredLevel.SystemRequired || name == SystemColumns.OwnerId))
                    throw Faults.InvalidArgument($"Column '{name}' of table '{table.LogicalName}' is system-required and cannot be set to null.");
                values[name] = null;
                continue;
            }
            CheckType(table, column, value);
            CheckValue(table, column, value, snapshot);
            values[name] = value is DateTime date ? StoredDateTime.Normalize(date) : NumericColumns.Round(column, ValueCopier.Copy(value)!);
        }
        if (isCreate) CheckRequired(table, target);
        return values;
    }

    private static void CheckRequired(TableMetadata table, Entity target)
    {
        foreach (var column in table.Columns.Values)
        {
            if (column.RequiredLevel != RequiredLevel.SystemRequired) continue;
            if (column.LogicalName == table.PrimaryIdAttribute || IsPlatformSet(column.LogicalName)) continue;
            if (target.Attributes.TryGetValue(column.LogicalName, out var v) && v is not null) continue;
            throw Faults.InvalidArgument(
                $"Column '{column.LogicalName}' of table '{table.LogicalName}' is system-required: supply a value on create.");
        }
    }

    private static bool IsPlatformSet(string column) =>
        SystemColumns.PlatformManaged.Contains(column) || column is SystemColumns.OwnerId or SystemColumns.StateCode or SystemColumns.StatusCode;

    private static void CheckType(TableMetadata table, ColumnMetadata column, object value)
    {
        var ok = column.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => value is string,
            ColumnType.Integer => value is int,
            ColumnType.BigInt => value is long,
            ColumnType.Decimal => value is decimal,
            ColumnType.Double => value is double,
            ColumnType.Money => value is Money,
            ColumnType.Boolean => value is bool,
            ColumnType.DateTime => value is DateTime,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is OptionSetValue,
            ColumnType.MultiSelectPicklist => value is OptionSetValueCollection,
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => value is EntityReference,
            ColumnType.Uniqueidentifier or ColumnType.PrimaryKey => value is Guid,
            _ => true,
        };
        if (!ok)
            throw Faults.InvalidArgument(
                $"Incorrect attribute value type {value.GetType().FullName} for column '{column.LogicalName}' of table '{table.LogicalName}' ({column.Type} column).");
    }

    private void CheckValue(TableMetadata table, ColumnMetadata column, object value, StoreSnapshot snapshot)
    {
        switch (value)
        {
            case string text when column.MaxLength is { } max && text.Length > max:
                throw Faults.Create(ErrorCodes.StringLengthTooLong,
                    $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
            case OptionSetValue option when column.Options.Count > 0 && column.Options.All(o => o.Value != option.Value):
                throw OutOfRange(table, column, option.Value);
            case OptionSetValueCollection options when column.Options.Count > 0:
                foreach (var o in options)
                    if (column.Options.All(x => x.Value != o.Value)) throw OutOfRange(table, column, o.Value);
                break;
            case EntityReference reference:
                CheckLookup(table, column, reference, snapshot);
                break;
            default:
                NumericColumns.CheckRange(table.LogicalName, column, value);
                break;
        }
    }

    private static System.ServiceModel.FaultException<OrganizationServiceFault> OutOfRange(TableMetadata table, ColumnMetadata column, int value) =>
        Faults.Create(ErrorCodes.PicklistValueOutOfRange,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");

    private void CheckLookup(TableMetadata table, ColumnMetadata column, EntityReference reference, StoreSnapshot snapshot)
    {
        if (string.IsNullOrEmpty(reference.LogicalName))
            throw Faults.InvalidArgument($"The lookup '{column.LogicalName}' of table '{table.LogicalName}' has no LogicalName.");
        if (column.Targets.Count > 0 && !column.Targets.Contains(reference.LogicalName, StringComparer.Ordinal))
            throw Faults.InvalidArgument(
                $"The lookup '{column.LogicalName}' of table '{table.LogicalName}' cannot point to table '{reference.LogicalName}' (allowed: {string.Join(", ", column.Targets)}).");
        if (_metadata.Table(reference.LogicalName) is null) throw Faults.UnknownTable(reference.LogicalName);
        if (snapshot.Find(reference.LogicalName, reference.Id) is null)
            throw Faults.DoesNotExist(reference.LogicalName, reference.Id);
    }
}
