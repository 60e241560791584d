namespace Microsoft.Xrm.Sdk;

/// <summary>Related rows of an <see cref="Entity"/>, keyed by relationship (deep insert, RelatedEntitiesQuery results).</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public override bool IsReadOnly
    {
        get => base.IsReadOnly;
        internal set => base.IsReadOnly = value;
    }
}
