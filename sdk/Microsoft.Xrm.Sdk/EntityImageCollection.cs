using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Pre/post entity images, keyed by the image's registered alias.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected internal EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
