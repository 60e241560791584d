using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Page request of a QueryExpression/QueryByAttribute; PageNumber is 1-based.</summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    public int PageNumber { get; set; }

    public int Count { get; set; }

    public string PagingCookie { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
