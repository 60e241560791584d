namespace Hitl.Emulator.Store;

/// <summary>
/// The database transaction of one synchronous operation: its nested operations and sync steps write
/// to <see cref="Working"/>; commit publishes it, rollback drops it. Holds the store's write lock.
/// </summary>
internal sealed class Transaction
{
    private readonly DataStore _store;
    private bool _finished;

    public Transaction(DataStore store, StoreSnapshot start)
    {
        _store = store;
        _working = start;
    }

    private StoreSnapshot _working;

    /// <summary>The uncommitted state. Writing after commit/rollback is an emulator bug: the write would vanish.</summary>
    public StoreSnapshot Working
    {
        get => _working;
        set => _working = _finished
            ? throw new InvalidOperationException("Write to a transaction that has already committed or rolled back.")
            : value;
    }

    /// <summary>A data operation failed inside this transaction: SQL aborted it, nothing more may be written.</summary>
    public bool Doomed { get; private set; }

    /// <summary>Async steps queued by operations in this transaction; they run only if it commits.</summary>
    public List<Pipeline.AsyncJob> PendingAsync { get; } = [];

    public void Doom() => Doomed = true;

    public void Commit()
    {
        if (_finished) return;
        _finished = true;
        _store.Publish(this);
    }

    public void Rollback()
    {
        if (_finished) return;
        _finished = true;
        _store.Release();
    }
}
