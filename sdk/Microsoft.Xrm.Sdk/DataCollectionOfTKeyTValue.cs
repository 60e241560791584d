using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The SDK's dictionary type. Deliberately not an <see cref="IDictionary{TKey, TValue}"/>: the real class is not either,
/// so code that needs one must copy. Keys compare with the default comparer (ordinal, case-sensitive for strings).
/// </summary>
[Serializable]
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    private readonly IDictionary<TKey, TValue> _inner;
    private bool _isReadOnly;

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    /// <summary>Wraps <paramref name="collection"/> (no copy), like the real SDK.</summary>
    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _inner = collection ?? throw new ArgumentNullException(nameof(collection));
    }

    public int Count => _inner.Count;

    public ICollection<TKey> Keys => _inner.Keys;

    public ICollection<TValue> Values => _inner.Values;

    public virtual bool IsReadOnly
    {
        get => _isReadOnly;
        internal set => _isReadOnly = value;
    }

    /// <summary>Getting a missing key throws <see cref="KeyNotFoundException"/>; setting adds or replaces.</summary>
    public virtual TValue this[TKey key]
    {
        get => _inner[key];
        set
        {
            CheckIsReadOnly();
            _inner[key] = value;
        }
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        _inner.Add(item);
    }

    public void Add(TKey key, TValue value)
    {
        CheckIsReadOnly();
        _inner.Add(key, value);
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        CheckIsReadOnly();
        foreach (KeyValuePair<TKey, TValue> item in items)
        {
            _inner.Add(item);
        }
    }

    public void Clear()
    {
        CheckIsReadOnly();
        _inner.Clear();
    }

    public bool Contains(TKey key) => _inner.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _inner.Contains(key);

    public bool ContainsKey(TKey key) => _inner.ContainsKey(key);

    public bool TryGetValue(TKey key, out TValue value) => _inner.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _inner.CopyTo(array, arrayIndex);

    public bool Remove(TKey key)
    {
        CheckIsReadOnly();
        return _inner.Remove(key);
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        return _inner.Remove(item);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void CheckIsReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The collection is read-only.");
        }
    }
}
