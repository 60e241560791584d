using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault of an ExecuteTransaction: which request (zero-based) failed.</summary>
[Serializable]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public int FaultedRequestIndex { get; set; }
}
