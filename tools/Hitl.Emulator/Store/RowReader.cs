using System.Globalization;
using Hitl.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Store;

/// <summary>Turns stored rows into the Entity copies callers get: ColumnSet, FormattedValues, EntityReference.Name.</summary>
internal sealed class RowReader
{
    private readonly EmulatorMetadata _metadata;

    public RowReader(EmulatorMetadata metadata) => _metadata = metadata;

    public Entity ToEntity(StoredRow row, ColumnSet? columns, StoreSnapshot snapshot)
    {
        var entity = new Entity(row.Table, row.Id) { RowVersion = row.RowVersion };
        var table = _metadata.Table(row.Table);
        foreach (var (name, value) in row.Attributes)
        {
            if (columns is not null && !columns.AllColumns && !columns.Columns.Contains(name) &&
                !string.Equals(name, table?.PrimaryIdAttribute, StringComparison.Ordinal))
                continue;
            var copy = ValueCopier.Copy(value)!;
            if (copy is EntityReference reference) reference.Name = NameOf(reference, snapshot);
            entity.Attributes[name] = copy;
            if (Format(row.Table, name, copy) is { } formatted) entity.FormattedValues[name] = formatted;
        }
        return entity;
    }

    /// <summary>An entity image: registered columns that have a value (empty list = all columns).</summary>
    public Entity ToImage(StoredRow row, IReadOnlyList<string> attributes, StoreSnapshot snapshot) =>
        ToEntity(row, attributes.Count == 0 ? new ColumnSet(true) : new ColumnSet(attributes.ToArray()), snapshot);

    /// <summary>The primary-name value of the referenced row, as Dataverse fills EntityReference.Name.</summary>
    public string? NameOf(EntityReference reference, StoreSnapshot snapshot)
    {
        var primaryName = _metadata.Table(reference.LogicalName)?.PrimaryNameAttribute;
        if (primaryName is null) return null;
        return snapshot.Find(reference.LogicalName, reference.Id)?[primaryName] as string;
    }

    public string? Format(string table, string column, object? value)
    {
        var metadata = _metadata.Table(table)?.Column(column);
        return value switch
        {
            OptionSetValue option => metadata?.Options.FirstOrDefault(o => o.Value == option.Value)?.Label
                                     ?? option.Value.ToString(CultureInfo.InvariantCulture),
            OptionSetValueCollection options => string.Join("; ", options.Select(o =>
                metadata?.Options.FirstOrDefault(x => x.Value == o.Value)?.Label ?? o.Value.ToString(CultureInfo.InvariantCulture))),
            bool flag => metadata?.Options.FirstOrDefault(o => o.Value == (flag ? 1 : 0))?.Label ?? (flag ? "Yes" : "No"),
            EntityReference reference => reference.Name,
            Money money => money.Value.ToString("C2", CultureInfo.GetCultureInfo("en-US")),
            int number => number.ToString("N0", CultureInfo.GetCultureInfo("en-US")),
            decimal number => number.ToString("N2", CultureInfo.GetCultureInfo("en-US")),
            DateTime date => date.ToString("M/d/yyyy h:mm tt", CultureInfo.GetCultureInfo("en-US")),
            _ => null,
        };
    }
}
