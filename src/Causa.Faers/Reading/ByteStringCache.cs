using System.Buffers.Binary;
using System.Numerics;

namespace Causa.Faers.Reading;

/// <summary>
/// A per-table front for <see cref="StringPool"/> keyed by the raw field bytes, so that text seen before (most drug
/// names, PTs and countries of a quarter) is found without decoding or taking the shared pool's path.
/// </summary>
/// <remarks>
/// Open hashing over a byte arena; the 64-bit hash is seeded randomly per instance so crafted inputs cannot
/// predict collisions. Bounded: past <see cref="MaxEntries"/> distinct values or <see cref="MaxArenaBytes"/> of key
/// bytes, new values go straight to the shared pool (still correct, just slower). Not thread-safe: one per table.
/// </remarks>
internal sealed class ByteStringCache(StringPool pool)
{
    public const int MaxEntries = 1 << 20;
    public const int MaxArenaBytes = 64 << 20;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private int[] _buckets = new int[1 << 12];
    private Entry[] _entries = new Entry[1 << 12];
    private byte[] _arena = new byte[1 << 16];
    private int _count;
    private int _arenaUsed;

    /// <summary>The pooled string for <paramref name="bytes"/>; empty input gives <see cref="string.Empty"/>.</summary>
    public string Intern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var hash = Hash(bytes);
        var bucket = (int)(hash & (ulong)(_buckets.Length - 1));
        for (var i = _buckets[bucket] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && _arena.AsSpan(entry.Offset, entry.Length).SequenceEqual(bytes))
            {
                return entry.Value;
            }
        }

        var value = pool.Intern(bytes);
        if (_count < MaxEntries && _arenaUsed + bytes.Length <= MaxArenaBytes)
        {
            Add(hash, bytes, value);
        }

        return value;
    }

    private void Add(ulong hash, ReadOnlySpan<byte> bytes, string value)
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        if (_arenaUsed + bytes.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + bytes.Length));
        }

        bytes.CopyTo(_arena.AsSpan(_arenaUsed));
        var bucket = (int)(hash & (ulong)(_buckets.Length - 1));
        _entries[_count] = new Entry(hash, _arenaUsed, bytes.Length, value, _buckets[bucket] - 1);
        _buckets[bucket] = _count + 1;
        _arenaUsed += bytes.Length;
        _count++;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < _count; i++)
        {
            var bucket = (int)(_entries[i].Hash & (ulong)(_buckets.Length - 1));
            _entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    private ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = _seed ^ ((ulong)bytes.Length * Multiplier);
        while (bytes.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * Multiplier, 29);
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * Multiplier;
        return hash ^ (hash >> 32);
    }

    private struct Entry(ulong hash, int offset, int length, string value, int next)
    {
        public readonly ulong Hash = hash;
        public readonly int Offset = offset;
        public readonly int Length = length;
        public readonly string Value = value;
        public int Next = next;
    }
}
