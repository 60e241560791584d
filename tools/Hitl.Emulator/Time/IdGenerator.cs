using System.Security.Cryptography;

namespace Hitl.Emulator;

/// <summary>
/// Ids for new rows: random by default, or a reproducible sequence derived from a seed
/// (the n-th id depends only on seed and n, so a clone continues its own sequence).
/// </summary>
internal sealed class IdGenerator
{
    private readonly int? _seed;
    private long _counter;

    public IdGenerator(int? seed) => _seed = seed;

    private IdGenerator(int? seed, long counter)
    {
        _seed = seed;
        _counter = counter;
    }

    public Guid Next()
    {
        if (_seed is null) return Guid.NewGuid();
        var n = Interlocked.Increment(ref _counter);
        Span<byte> input = stackalloc byte[12];
        BitConverter.TryWriteBytes(input, _seed.Value);
        BitConverter.TryWriteBytes(input[4..], n);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var bytes = hash[..16].ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, like ids Dataverse hands out
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public IdGenerator Copy() => new(_seed, Interlocked.Read(ref _counter));
}
