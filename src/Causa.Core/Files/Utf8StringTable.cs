using System.Text;
using Causa.Core.Storage;

namespace Causa.Core.Files;

/// <summary>
/// Strings held as UTF-8 bytes with an offset table (the two sections <see cref="SectionFileWriter.Strings"/> writes), read
/// in place: by index without decoding the rest and, when written sorted by <see cref="SortForLookup"/>, searched by key with
/// a binary search on the bytes. A reader builds no hash table and reads (and verifies) only the offsets and bytes it
/// touches, so opening one costs the same at any size.
/// </summary>
/// <remarks>Each string's offsets are checked where they are read (within the bytes, not decreasing), so a damaged table
/// is never read past its sections: it throws <see cref="InvalidStoreException"/>. Immutable; thread-safe.</remarks>
internal sealed class Utf8StringTable
{
    private readonly MappedFileLease _file;
    private readonly uint _offsetsId;
    private readonly uint _bytesId;
    private readonly int _byteCount;
    private readonly string _kind;

    private Utf8StringTable(MappedFileLease file, uint offsetsId, uint bytesId, string kind)
    {
        _file = file;
        _offsetsId = offsetsId;
        _bytesId = bytesId;
        _kind = kind;
        _byteCount = file.File.Count<byte>(bytesId);
        Count = file.File.Count<int>(offsetsId) - 1;
        if (Count < 0 || file.Value<int>(offsetsId, 0) != 0 || file.Value<int>(offsetsId, Count) != _byteCount)
        {
            throw Damaged();
        }
    }

    /// <summary>Reads the two sections <see cref="SectionFileWriter.Strings"/> wrote, in place.</summary>
    /// <param name="file">The opened file.</param>
    /// <param name="offsetsId">The offsets section.</param>
    /// <param name="bytesId">The bytes section.</param>
    /// <param name="kind">What the file is, for the message of a damaged table ("name index").</param>
    /// <exception cref="InvalidStoreException">The sections do not describe a table (the first and last offsets).</exception>
    public static Utf8StringTable Read(MappedFileLease file, uint offsetsId, uint bytesId, string kind)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new Utf8StringTable(file, offsetsId, bytesId, kind);
    }

    /// <summary>Number of strings.</summary>
    public int Count { get; }

    /// <summary>The string at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), decoded now.</summary>
    public string this[int index]
    {
        get
        {
            var (start, end) = Range(index);
            return _file.Utf8(_bytesId, start, end);
        }
    }

    /// <summary>The index of <paramref name="key"/> in a table written in <see cref="SortForLookup"/> order; -1 when absent.</summary>
    /// <param name="key">The exact key (ordinal: no case or accent folding).</param>
    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        var encoded = buffer[..Encoding.UTF8.GetBytes(key, buffer)];
        var lo = 0;
        var hi = Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var (start, end) = Range(mid);
            var c = _file.Compare(_bytesId, start, end, encoded);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Reads every string's offsets, as a whole-file check does (<c>causa verify</c>).</summary>
    /// <exception cref="InvalidStoreException">An offset is out of order or outside the bytes.</exception>
    public void CheckAll()
    {
        for (var i = 0; i < Count; i++)
        {
            _ = Range(i);
        }
    }

    /// <summary>
    /// <paramref name="keys"/> in the order <see cref="IndexOf"/> searches (ascending UTF-8 bytes); null when a key would
    /// not read back as itself (an unpaired surrogate, which UTF-8 cannot hold) or two keys are equal, so that a table is
    /// only ever written when every lookup in it answers exactly as the in-memory dictionary it replaces.
    /// </summary>
    /// <param name="keys">The keys.</param>
    public static string[]? SortForLookup(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = new List<(byte[] Bytes, string Key)>();
        foreach (var k in keys)
        {
            var bytes = Encoding.UTF8.GetBytes(k);
            if (!string.Equals(Encoding.UTF8.GetString(bytes), k, StringComparison.Ordinal))
            {
                return null;
            }

            list.Add((bytes, k));
        }

        list.Sort(static (a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Bytes.AsSpan().SequenceEqual(list[i - 1].Bytes))
            {
                return null;
            }
        }

        var sorted = new string[list.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = list[i].Key;
        }

        return sorted;
    }

    /// <summary>True when every string reads back as itself through UTF-8 (no unpaired surrogate).</summary>
    /// <param name="values">The strings.</param>
    public static bool RoundTrips(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var v in values)
        {
            if (!string.Equals(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(v)), v, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // String index's bytes [start, end), checked to lie within the bytes section.
    private (int Start, int End) Range(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var start = _file.Value<int>(_offsetsId, index);
        var end = _file.Value<int>(_offsetsId, index + 1);
        if (start < 0 || end < start || end > _byteCount)
        {
            throw Damaged();
        }

        return (start, end);
    }

    private InvalidStoreException Damaged() => _file.Damaged($"the {_kind} file has a damaged string table");
}
