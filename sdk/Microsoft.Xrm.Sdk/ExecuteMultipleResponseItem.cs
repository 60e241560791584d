using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>One entry of ExecuteMultipleResponse.Responses: the response or the fault of request number RequestIndex.</summary>
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    public int RequestIndex { get; set; }

    public OrganizationResponse Response { get; set; }

    public OrganizationServiceFault Fault { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
