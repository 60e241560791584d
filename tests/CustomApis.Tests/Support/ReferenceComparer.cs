using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Support;

/// <summary>Compares lookups by table and id only (a retrieved reference also carries the display name).</summary>
internal sealed class ReferenceComparer : IEqualityComparer<EntityReference?>
{
    public static ReferenceComparer Instance { get; } = new();

    public bool Equals(EntityReference? x, EntityReference? y) =>
        x is null || y is null ? x is null && y is null : x.LogicalName == y.LogicalName && x.Id == y.Id;

    public int GetHashCode(EntityReference? obj) => obj is null ? 0 : HashCode.Combine(obj.LogicalName, obj.Id);
}
