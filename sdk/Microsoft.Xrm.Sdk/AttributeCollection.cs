using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Column values of an <see cref="Entity"/>, keyed by logical name.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

#pragma warning disable CS0628 // Mirrors the real SDK, whose sealed collections keep this protected internal ctor.
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
