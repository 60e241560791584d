using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related rows to return with a Retrieve, keyed by relationship.</summary>
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
}
