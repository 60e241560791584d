using Hitl.Emulator.Metadata;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Security;

/// <summary>Writes users, teams, roles and their intersect rows directly (setup, not requests: no pipeline, no checks).</summary>
internal sealed class DirectoryWriter
{
    private readonly EmulatorRuntime _runtime;

    public DirectoryWriter(EmulatorRuntime runtime) => _runtime = runtime;

    public Guid Insert(string table, Guid id, Dictionary<string, object?> values)
    {
        var metadata = _runtime.Metadata.Table(table)
                       ?? throw new InvalidOperationException($"The solution metadata has no '{table}' table.");
        var known = values.Where(kv => kv.Value is not null && metadata.Columns.ContainsKey(kv.Key))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        InTransaction(tx => _runtime.Writer.Insert(tx, metadata, id, known, _runtime.SystemUserId));
        return id;
    }

    public void Link(string relationship, Guid first, Guid second)
    {
        var rel = _runtime.Metadata.Relationship(relationship)!;
        InTransaction(tx =>
        {
            var exists = tx.Working.Rows(rel.IntersectEntity).Any(r =>
                Equals(r[rel.Entity1IntersectAttribute], first) && Equals(r[rel.Entity2IntersectAttribute], second));
            if (!exists) _runtime.InsertIntersect(tx, rel, first, second);
        });
    }

    public void Patch(string table, Guid id, Dictionary<string, object?> values)
    {
        var metadata = _runtime.Metadata.Table(table)!;
        InTransaction(tx =>
        {
            var row = tx.Working.Find(table, id) ?? throw Faults.DoesNotExist(table, id);
            _runtime.Writer.Patch(tx, metadata, row, values, _runtime.SystemUserId);
        });
    }

    public void Remove(string table, Guid id) => InTransaction(tx => _runtime.Writer.Remove(tx, table, id));

    private void InTransaction(Action<Transaction> write)
    {
        var tx = _runtime.Store.Begin();
        try
        {
            write(tx);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }

    public static EntityReference Ref(string table, Guid id) => new(table, id);
}
