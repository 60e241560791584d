using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Store;

/// <summary>Deep copies of attribute values: callers never alias the store, and the store never aliases callers.</summary>
internal static class ValueCopier
{
    public static object? Copy(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or float or Guid or DateTime => value,
        EntityReference r => CopyReference(r),
        OptionSetValue o => new OptionSetValue(o.Value),
        Money m => new Money(m.Value),
        OptionSetValueCollection c => new OptionSetValueCollection(c.Select(o => new OptionSetValue(o.Value)).ToList()),
        Entity e => CopyEntity(e),
        EntityCollection ec => CopyCollection(ec),
        EntityReferenceCollection rc => new EntityReferenceCollection(rc.Select(CopyReference).ToList()),
        AliasedValue a => new AliasedValue(a.EntityLogicalName, a.AttributeLogicalName, Copy(a.Value)),
        string[] s => s.ToArray(),
        byte[] b => b.ToArray(),
        Microsoft.Xrm.Sdk.Query.QueryBase q => QueryCopier.Copy(q),
        Microsoft.Xrm.Sdk.Query.ColumnSet c => QueryCopier.Copy(c),
        Relationship r => QueryCopier.Copy(r),
        _ => value,
    };

    public static EntityReference CopyReference(EntityReference r)
    {
        var copy = new EntityReference(r.LogicalName, r.Id) { Name = r.Name, RowVersion = r.RowVersion };
        if (r.KeyAttributes is { Count: > 0 })
            foreach (var kv in r.KeyAttributes) copy.KeyAttributes[kv.Key] = Copy(kv.Value);
        return copy;
    }

    public static Entity CopyEntity(Entity e)
    {
        var copy = new Entity(e.LogicalName, e.Id) { RowVersion = e.RowVersion, EntityState = e.EntityState };
        foreach (var kv in e.Attributes) copy.Attributes[kv.Key] = Copy(kv.Value);
        foreach (var kv in e.FormattedValues) copy.FormattedValues[kv.Key] = kv.Value;
        if (e.KeyAttributes is { Count: > 0 })
            foreach (var kv in e.KeyAttributes) copy.KeyAttributes[kv.Key] = Copy(kv.Value);
        // Kept so Create/Update can refuse deep insert instead of silently dropping the related rows.
        foreach (var kv in e.RelatedEntities) copy.RelatedEntities[QueryCopier.Copy(kv.Key)] = CopyCollection(kv.Value);
        return copy;
    }

    public static EntityCollection CopyCollection(EntityCollection c)
    {
        var copy = new EntityCollection(c.Entities.Select(CopyEntity).ToList())
        {
            EntityName = c.EntityName,
            MoreRecords = c.MoreRecords,
            PagingCookie = c.PagingCookie,
            TotalRecordCount = c.TotalRecordCount,
            TotalRecordCountLimitExceeded = c.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = c.MinActiveRowVersion,
        };
        return copy;
    }

    public static ParameterCollection CopyParameters(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var kv in source) copy[kv.Key] = Copy(kv.Value);
        return copy;
    }
}
