using System;

namespace Microsoft.Xrm.Sdk.Client;

/// <summary>Names the table an early-bound class stands for; <see cref="Entity.ToEntity{T}"/> checks it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EntityLogicalNameAttribute : Attribute
{
    public EntityLogicalNameAttribute(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentNullException(nameof(logicalName));
        }

        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
