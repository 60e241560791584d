using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

/// <summary>A table row. Not sealed: early-bound classes derive from it.</summary>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    /// <summary>The row id. Independent of Attributes["&lt;table&gt;id"]: early-bound overrides keep the two in step.</summary>
    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        internal set => _formattedValues = value;
    }

    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        internal set => _relatedEntities = value;
    }

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>
    /// default(T) when the column is absent or null; otherwise a plain cast, so a value of another type throws
    /// <see cref="InvalidCastException"/> (no conversion: an AliasedValue stays an AliasedValue).
    /// </summary>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        object value = GetAttributeValueOrNull(attributeLogicalName);
        return value == null ? default : (T)value;
    }

    /// <summary>Never throws: false when absent, null or not convertible (a <see cref="TypeConverter"/> is tried).</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        try
        {
            object value = GetAttributeValueOrNull(attributeKey);
            if (value is T typed)
            {
                result = typed;
                return true;
            }

            if (value != null)
            {
                result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
                return true;
            }
        }
        catch (Exception)
        {
            // Any failure (blank key, no converter, bad format) means "not available as T", by contract.
        }

        result = default;
        return false;
    }

    /// <summary>
    /// A copy as <typeparamref name="T"/> sharing this row's collections. T must carry an
    /// <see cref="EntityLogicalNameAttribute"/> naming this row's table (unless T is <see cref="Entity"/>).
    /// </summary>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        var attribute = (EntityLogicalNameAttribute)Attribute.GetCustomAttribute(typeof(T), typeof(EntityLogicalNameAttribute), true);
        if (attribute == null)
        {
            throw new NotSupportedException("Cannot convert to type that is does not have EntityLogicalNameAttribute");
        }

        if (attribute.LogicalName != LogicalName)
        {
            throw new NotSupportedException(string.Format(CultureInfo.InvariantCulture, "Cannot convert entity {0} to {1}", LogicalName, attribute.LogicalName));
        }

        var target = (T)Activator.CreateInstance(typeof(T));
        ShallowCopyTo(target);
        return target;
    }

    /// <summary>A reference carrying LogicalName, Id and RowVersion (not Name, not KeyAttributes).</summary>
    public EntityReference ToEntityReference() => new EntityReference(LogicalName, Id) { RowVersion = RowVersion };

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        this[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return FormattedValues.TryGetValue(attributeLogicalName, out string formatted) ? formatted : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out EntityCollection related) ? (TEntity)related.Entities.FirstOrDefault() : null;
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        if (entity != null && string.IsNullOrWhiteSpace(entity.LogicalName))
        {
            throw new ArgumentException("The entity is missing a value for the 'LogicalName' property.", nameof(entity));
        }

        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out EntityCollection related) ? related.Entities.Cast<TEntity>() : null;
    }

    /// <summary>Replaces the related rows for the relationship; null removes them.</summary>
    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        Relationship key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        var list = new List<Entity>(entities);
        if (list.Any(e => string.IsNullOrWhiteSpace(e.LogicalName)))
        {
            throw new ArgumentException("An entity is missing a value for the 'LogicalName' property.", nameof(entities));
        }

        RelatedEntities[key] = new EntityCollection(list) { EntityName = list.Count > 0 ? list[0].LogicalName : null };
    }

    private static Relationship RelationshipKey(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        if (string.IsNullOrWhiteSpace(relationshipSchemaName))
        {
            throw new ArgumentNullException(nameof(relationshipSchemaName));
        }

        return new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
    }

    private object GetAttributeValueOrNull(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return Attributes.TryGetValue(attributeLogicalName, out object value) ? value : null;
    }

    // Shares (does not clone) the collections, as the real SDK does: changes through either instance are visible in both.
    private void ShallowCopyTo(Entity target)
    {
        target.Id = Id;
        target.LogicalName = LogicalName;
        target.EntityState = EntityState;
        target._relatedEntities = RelatedEntities;
        target._attributes = Attributes;
        target._formattedValues = FormattedValues;
        target._keyAttributes = KeyAttributes;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
