using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Display strings the server computed for columns (choice labels, formatted money, ...).</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }

#pragma warning disable CS0628 // Mirrors the real SDK, whose sealed collections keep this protected internal ctor.
    protected internal FormattedValueCollection(IDictionary<string, string> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
