using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Base of QueryExpression, QueryByAttribute and FetchExpression; not subclassable outside the SDK.</summary>
public abstract class QueryBase : IExtensibleDataObject
{
    protected QueryBase()
    {
    }

    public ExtensionDataObject ExtensionData { get; set; }

    internal abstract void Accept(IQueryVisitor visitor);
}
