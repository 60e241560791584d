using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A column value from a linked table or an aggregate, as returned in query results.</summary>
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    public string AttributeLogicalName { get; internal set; }

    public string EntityLogicalName { get; internal set; }

    public object Value { get; internal set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
