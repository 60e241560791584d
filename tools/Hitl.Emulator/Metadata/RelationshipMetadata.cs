namespace Hitl.Emulator.Metadata;

public enum RelationshipKind { OneToMany, ManyToMany }

/// <summary>
/// 1:N: ReferencedEntity (one) ← ReferencingEntity.ReferencingAttribute (many).
/// N:N: Entity1/Entity2 joined by rows of IntersectEntity holding Entity1IntersectAttribute/Entity2IntersectAttribute.
/// </summary>
public sealed record RelationshipMetadata(string SchemaName, RelationshipKind Kind)
{
    public string ReferencedEntity { get; init; } = "";
    public string ReferencingEntity { get; init; } = "";
    public string ReferencingAttribute { get; init; } = "";
    public string IntersectEntity { get; init; } = "";
    public string Entity1 { get; init; } = "";
    public string Entity1IntersectAttribute { get; init; } = "";
    public string Entity2 { get; init; } = "";
    public string Entity2IntersectAttribute { get; init; } = "";
    /// <summary>Cascade on delete of the referenced row: Cascade, RemoveLink, Restrict, NoCascade.</summary>
    public string CascadeDelete { get; init; } = "RemoveLink";
}
