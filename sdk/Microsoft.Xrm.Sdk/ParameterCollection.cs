using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Request parameters, response results and shared variables.</summary>
public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    /// <summary>Sets <paramref name="key"/> unless <paramref name="obj"/> is null (then the collection is left as it is).</summary>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    /// <summary>False when the key is missing or its value is not a <typeparamref name="T"/> (so also for null); never converts.</summary>
    public bool TryGetValue<T>(string key, out T value)
    {
        // "base." matters: an unqualified call would bind to this method with T = object and recurse forever.
        if (base.TryGetValue(key, out object raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
