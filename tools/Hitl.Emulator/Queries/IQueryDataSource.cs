using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Queries;

/// <summary>
/// What the query engine needs from the store. Stored value conventions: string; int; long; decimal; double;
/// <see cref="Money"/>; bool; DateTime (UTC kind); <see cref="OptionSetValue"/> (picklist/state/status);
/// <see cref="OptionSetValueCollection"/>; <see cref="EntityReference"/> (lookup/owner/customer);
/// Guid (primary key and uniqueidentifier columns; the primary key is also the entity's Id).
/// </summary>
public interface IQueryDataSource
{
    bool TableExists(string table);

    string? PrimaryIdAttribute(string table);

    string? PrimaryNameAttribute(string table);

    /// <summary>The kind of a column, or null when the table has no such column.</summary>
    ColumnType? ColumnTypeOf(string table, string column);

    /// <summary>
    /// The stored rows, as cheap views of the stored values: the engine filters, joins, sorts and aggregates on
    /// them and copies (and formats) only the rows it returns. It never mutates them.
    /// </summary>
    IEnumerable<QueryRow> Rows(string table);

    /// <summary>Row-level security hook: rows the caller cannot read are invisible, also as link-entity rows.</summary>
    bool CanRead(string table, QueryRow row);

    /// <summary>
    /// <see cref="EntityReference.Name"/> for a lookup value the engine returns (and for ordering on a lookup
    /// whose referenced row the table scan does not find): the runtime fills the referenced row's primary name.
    /// </summary>
    string? ReferenceName(EntityReference reference);

    /// <summary>"Now" for the relative date operators (Today, LastXDays, ThisMonth, ...).</summary>
    DateTime UtcNow { get; }

    /// <summary>The calling user (EqualUserId, NotEqualUserId, EqualUserOrUserTeams).</summary>
    Guid CallerId { get; }

    /// <summary>Teams the caller belongs to (EqualUserTeams, EqualUserOrUserTeams).</summary>
    IReadOnlyCollection<Guid> CallerTeamIds { get; }

    /// <summary>
    /// The formatted value (Entity.FormattedValues) for a returned value, or null for none. The runtime owns
    /// labels and formats (option labels, "Yes"/"No", currency); the engine calls this for every returned
    /// attribute, aliased link-entity values and aggregate results included.
    /// </summary>
    string? FormatValue(string table, string column, object value);
}
