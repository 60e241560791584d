using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate-key column values that identify a row instead of its id.</summary>
[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }

#pragma warning disable CS0628 // Mirrors the real SDK, whose sealed collections keep this protected internal ctor.
    protected internal KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
