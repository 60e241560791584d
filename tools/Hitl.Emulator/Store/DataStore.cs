namespace Hitl.Emulator.Store;

/// <summary>
/// Rows of every table. Readers outside a transaction see the last committed snapshot (read committed);
/// one transaction writes at a time (the write lock), so read-check-write inside an operation is atomic.
/// </summary>
internal sealed class DataStore
{
    private readonly object _writeLock = new();
    private StoreSnapshot _committed;

    public DataStore(StoreSnapshot initial) => _committed = initial;

    public StoreSnapshot Committed => Volatile.Read(ref _committed);

    public Transaction Begin()
    {
        Monitor.Enter(_writeLock);
        return new Transaction(this, Committed);
    }

    internal void Publish(Transaction transaction)
    {
        Volatile.Write(ref _committed, transaction.Working);
        Monitor.Exit(_writeLock);
    }

    internal void Release() => Monitor.Exit(_writeLock);

    /// <summary>Seeding helper: runs a write outside any operation (no pipeline), under the lock.</summary>
    public void Mutate(Func<StoreSnapshot, StoreSnapshot> change)
    {
        lock (_writeLock)
        {
            Volatile.Write(ref _committed, change(_committed));
        }
    }

    public DataStore Copy() => new(Committed);
}
