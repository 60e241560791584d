using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    [NonSerialized]
    private ExtensionDataObject _extensionData;

    private ErrorDetailCollection _details;

    public string Message { get; set; }

    public int ErrorCode { get; set; }

    public string HelpLink { get; set; }

    public DateTime Timestamp { get; set; }

    public Guid ActivityId { get; set; }

    /// <summary>Created on first read (as in the real SDK), so callers can add details without a null check.</summary>
    public ErrorDetailCollection ErrorDetails
    {
        get => _details ??= new ErrorDetailCollection();
        set => _details = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
