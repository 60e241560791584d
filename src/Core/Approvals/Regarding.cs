namespace Hitl.Core.Approvals;

/// <summary>The record an approval or an automated decision is about: its table's logical name and its id.</summary>
public sealed record Regarding
{
    public Regarding(string table, Guid id)
    {
        if (string.IsNullOrWhiteSpace(table)) throw new ArgumentException("Name the table of the record (its logical name).", nameof(table));
        if (id == Guid.Empty) throw new ArgumentException("Name the id of the record: an empty id names no record.", nameof(id));
        Table = table.Trim().ToLowerInvariant();
        Id = id;
    }

    /// <summary>Logical name, lower case.</summary>
    public string Table { get; }

    public Guid Id { get; }

    public override string ToString() => $"{Table} {Id:D}";
}
