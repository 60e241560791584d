using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Queries;

/// <summary>
/// A stored row as the engine reads it while joining, filtering, sorting and aggregating: the stored values
/// themselves, never copied, formatted or materialised as an <see cref="Entity"/>. The engine never changes
/// them; only the rows it returns are copied (and formatted) from them.
/// </summary>
public abstract class QueryRow
{
    /// <summary>The primary key.</summary>
    public abstract Guid Id { get; }

    /// <summary>The stored value of a column; false when the row has none.</summary>
    public abstract bool TryGetValue(string column, out object? value);

    /// <summary>Every stored column and its value, in the store's order (all-columns projection).</summary>
    public abstract IEnumerable<KeyValuePair<string, object>> Values { get; }

    /// <summary>The row's version (the string form of versionnumber) that returned entities carry; null when the source has none.</summary>
    public virtual string? RowVersion => null;

    /// <summary>A view of an <see cref="Entity"/> (for sources that keep their rows as entities).</summary>
    public static EntityQueryRow Of(Entity entity) => new(entity);
}

/// <summary>A <see cref="QueryRow"/> over an <see cref="Entity"/>, which it reads but never changes.</summary>
public sealed class EntityQueryRow : QueryRow
{
    public EntityQueryRow(Entity entity) => Entity = entity ?? throw new ArgumentNullException(nameof(entity));

    public Entity Entity { get; }

    public override Guid Id => Entity.Id;

    public override bool TryGetValue(string column, out object? value) => Entity.Attributes.TryGetValue(column, out value);

    public override IEnumerable<KeyValuePair<string, object>> Values => Entity.Attributes;

    public override string? RowVersion => Entity.RowVersion;
}
