using System;

namespace Microsoft.Xrm.Sdk.Client;

/// <summary>Marks an assembly as holding early-bound types.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ProxyTypesAssemblyAttribute : Attribute
{
}
