using System.Text;
using Causa.Core.Storage;

namespace Causa.Core.Files;

/// <summary>
/// Strings held as UTF-8 bytes with an offset table (the two sections <see cref="SectionFileWriter.Strings"/> writes):
/// read by index without decoding the rest and, when written sorted by <see cref="SortForLookup"/>, searched by key with a
/// binary search on the bytes. A reader builds no hash table, so opening one costs the same at any size.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal sealed class Utf8StringTable
{
    private readonly int[] _offsets;
    private readonly byte[] _bytes;

    /// <summary>Wraps the two sections of a table.</summary>
    /// <param name="offsets">Byte offsets, one more than there are strings: string i is bytes [offsets[i], offsets[i + 1]).</param>
    /// <param name="bytes">The UTF-8 bytes of every string, in order.</param>
    /// <param name="kind">What the file is, for the message of a damaged table ("name index").</param>
    /// <exception cref="InvalidStoreException">The offsets do not describe <paramref name="bytes"/> (start at 0, never
    /// decrease, end at its length).</exception>
    public Utf8StringTable(int[] offsets, byte[] bytes, string kind)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(bytes);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != bytes.Length)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {kind} file has a damaged string table");
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {kind} file has a damaged string table");
            }
        }

        _offsets = offsets;
        _bytes = bytes;
    }

    /// <summary>Reads the two sections <see cref="SectionFileWriter.Strings"/> wrote, copied out of the file (verified on
    /// read as every section is).</summary>
    /// <param name="file">The opened file.</param>
    /// <param name="offsetsId">The offsets section.</param>
    /// <param name="bytesId">The bytes section.</param>
    /// <param name="kind">What the file is, for the message of a damaged table ("name index").</param>
    /// <exception cref="InvalidStoreException">The sections do not describe a table.</exception>
    public static Utf8StringTable Read(MappedSectionFile file, uint offsetsId, uint bytesId, string kind)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new Utf8StringTable(file.Get<int>(offsetsId).ToArray(), file.Get<byte>(bytesId).ToArray(), kind);
    }

    /// <summary>Number of strings.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The string at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), decoded now.</summary>
    public string this[int index] => Encoding.UTF8.GetString(Bytes(index));

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
            var c = Bytes(mid).SequenceCompareTo(encoded);
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

    private ReadOnlySpan<byte> Bytes(int index) => _bytes.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);
}
