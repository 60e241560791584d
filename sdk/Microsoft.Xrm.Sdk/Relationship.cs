using System.Globalization;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Names a relationship; value equality makes it usable as a dictionary key (RelatedEntities).</summary>
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    /// <summary>Required for self-referential (reflexive) relationships.</summary>
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj) =>
        obj is Relationship other && SchemaName == other.SchemaName && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode()
    {
        int hash = (SchemaName ?? string.Empty).GetHashCode();
        return PrimaryEntityRole.HasValue ? hash ^ PrimaryEntityRole.Value.GetHashCode() : hash;
    }

    /// <summary>"schema.role", e.g. "account_parent_account.Referenced", or "schema." without a role.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}.{1}", SchemaName ?? string.Empty, PrimaryEntityRole.HasValue ? PrimaryEntityRole.Value.ToString() : string.Empty);
}
