namespace Hitl.Solution;

/// <summary>A relationship body from Other/Relationships/&lt;Entity&gt;.xml.</summary>
public abstract record RelationshipDefinition(string SchemaName, string SourceFile);

/// <summary>1:N: <see cref="ReferencingEntity"/>.<see cref="ReferencingAttribute"/> is a lookup to <see cref="ReferencedEntity"/>.</summary>
public sealed record OneToManyRelationship(
    string SchemaName,
    string ReferencedEntity,
    string ReferencingEntity,
    string ReferencingAttribute,
    string CascadeDelete,
    string SourceFile) : RelationshipDefinition(SchemaName, SourceFile);

/// <summary>N:N through <see cref="IntersectEntity"/>.</summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string FirstEntity,
    string SecondEntity,
    string IntersectEntity,
    string SourceFile) : RelationshipDefinition(SchemaName, SourceFile);
