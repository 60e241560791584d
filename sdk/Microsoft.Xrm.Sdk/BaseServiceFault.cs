using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    [NonSerialized]
    private ExtensionDataObject _extensionData;

    public string Message { get; set; }

    public int ErrorCode { get; set; }

    public string HelpLink { get; set; }

    public DateTime Timestamp { get; set; }

    public Guid ActivityId { get; set; }

    public ErrorDetailCollection ErrorDetails { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
