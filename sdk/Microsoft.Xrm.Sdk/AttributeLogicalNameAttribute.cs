using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Maps an early-bound property to its column's logical name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AttributeLogicalNameAttribute : Attribute
{
    public AttributeLogicalNameAttribute(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentNullException(nameof(logicalName));
        }

        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
