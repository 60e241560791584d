using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A lookup value: a row's table and id (or alternate key).</summary>
[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    [NonSerialized]
    private ExtensionDataObject _extensionData;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    public Guid Id { get; set; }

    public string LogicalName { get; set; }

    /// <summary>The primary name of the row; ignored by equality.</summary>
    public string Name { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    /// <summary>Equal when Id, LogicalName (ordinal) and the key attributes match; Name and RowVersion are ignored.</summary>
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && SameKeyAttributes(other);
    }

    public override int GetHashCode()
    {
        int hash = (LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName)) ^ Id.GetHashCode();
        if (_keyAttributes != null)
        {
            // XOR is order-independent, matching the unordered key comparison in Equals.
            foreach (KeyValuePair<string, object> pair in _keyAttributes)
            {
                hash ^= (pair.Key == null ? 0 : StringComparer.Ordinal.GetHashCode(pair.Key)) ^ (pair.Value?.GetHashCode() ?? 0);
            }
        }

        return hash;
    }

    private bool SameKeyAttributes(EntityReference other)
    {
        int count = _keyAttributes?.Count ?? 0;
        if (count != (other._keyAttributes?.Count ?? 0))
        {
            return false;
        }

        if (count == 0)
        {
            return true;
        }

        foreach (KeyValuePair<string, object> pair in _keyAttributes)
        {
            if (!other._keyAttributes.TryGetValue(pair.Key, out object value) || !Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }
}
