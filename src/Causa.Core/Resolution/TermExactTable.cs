using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Core.Resolution;

/// <summary>
/// The exact wordings of a <see cref="TermResolver"/> (normalised PT, lay, translated, abbreviated and imported wordings,
/// each with the terms it names) as the store folder's name index holds them (<see cref="DrugNameIndexFile"/>), read in
/// place: the keys sorted by their UTF-8 bytes and looked up with a binary search, so a question whose condition is a known
/// wording needs no resolver built over every term of the store.
/// </summary>
/// <remarks>
/// <para>Sections: keys (UTF-8 offsets and bytes, sorted); per key two 32-bit integers (its first alternative, how many);
/// per alternative four (term, wording and language as indexes into the string pool, -1 for no language; the
/// <see cref="TermMatchKind"/>) and its confidence (a double); the string pool (offsets and bytes).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class TermExactTable
{
    private const uint KeyOffsets = 20;
    private const uint KeyBytes = 21;
    private const uint KeyInfo = 22;
    private const uint Alternatives = 23;
    private const uint Confidences = 24;
    private const uint PoolOffsets = 25;
    private const uint PoolBytes = 26;
    private const string Kind = "name index";

    private readonly MappedFileLease _file;
    private readonly Utf8StringTable _keys;
    private readonly int _confidenceCount;
    private readonly Utf8StringTable _pool;

    private TermExactTable(MappedFileLease file, Utf8StringTable keys, Utf8StringTable pool)
    {
        _file = file;
        _keys = keys;
        _confidenceCount = file.File.Count<double>(Confidences);
        _pool = pool;
    }

    /// <summary>Number of wordings.</summary>
    public int Count => _keys.Count;

    /// <summary>The terms a normalised wording names, in the resolver's order, with the language of each (null for none).</summary>
    /// <param name="key">The wording after <see cref="Names.TermText.Normalize"/>.</param>
    /// <param name="hits">The alternatives; null when the wording is not known.</param>
    /// <param name="languages">The language of each alternative's wording; null when the wording is not known.</param>
    /// <returns>True when the wording is known.</returns>
    public bool TryGet(string key, out TermAlternative[]? hits, out string?[]? languages)
    {
        var index = _keys.IndexOf(key);
        if (index < 0)
        {
            hits = null;
            languages = null;
            return false;
        }

        (hits, languages) = AlternativesOf(index);
        return true;
    }

    /// <summary>True when the normalised wording is known.</summary>
    public bool Contains(string key) => _keys.IndexOf(key) >= 0;

    /// <summary>Writes the exact wordings of <paramref name="resolver"/>; false (nothing written) when one cannot be held exactly.</summary>
    public static bool Write(SectionFileWriter writer, TermResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resolver);
        var entries = resolver.ExactEntries().ToDictionary(static e => e.Key, StringComparer.Ordinal);
        var sorted = Utf8StringTable.SortForLookup(entries.Keys);
        if (sorted is null)
        {
            return false;
        }

        var pool = new List<string>();
        var poolIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Pooled(string s)
        {
            if (!poolIndex.TryGetValue(s, out var i))
            {
                i = pool.Count;
                pool.Add(s);
                poolIndex[s] = i;
            }

            return i;
        }

        var info = new int[2 * sorted.Length];
        var alternatives = new List<int>();
        var confidences = new List<double>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var (_, hits, languages) = entries[sorted[i]];
            info[2 * i] = confidences.Count;
            info[(2 * i) + 1] = hits.Length;
            for (var k = 0; k < hits.Length; k++)
            {
                alternatives.AddRange([Pooled(hits[k].Term), Pooled(hits[k].Via), languages[k] is { } language ? Pooled(language) : -1, (int)hits[k].Kind]);
                confidences.Add(hits[k].Confidence);
            }
        }

        if (!Utf8StringTable.RoundTrips(pool))
        {
            return false;
        }

        writer.Strings(KeyOffsets, KeyBytes, sorted);
        writer.Array(KeyInfo, info);
        writer.Array(Alternatives, alternatives.ToArray());
        writer.Array(Confidences, confidences.ToArray());
        writer.Strings(PoolOffsets, PoolBytes, pool);
        return true;
    }

    /// <summary>Reads the table of an opened index in place; null when it holds none.</summary>
    /// <param name="file">The index file (its sections verified as they are read).</param>
    /// <exception cref="InvalidStoreException">The table's sizes do not match; a damaged reference is found where it is read.</exception>
    public static TermExactTable? Read(MappedFileLease file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.File.Count<int>(KeyOffsets) == 0)
        {
            return null;
        }

        var keys = Utf8StringTable.Read(file, KeyOffsets, KeyBytes, Kind);
        var pool = Utf8StringTable.Read(file, PoolOffsets, PoolBytes, Kind);
        if (file.File.Count<int>(KeyInfo) != 2 * (long)keys.Count || file.File.Count<int>(Alternatives) != 4 * (long)file.File.Count<double>(Confidences))
        {
            throw Damaged(file);
        }

        return new TermExactTable(file, keys, pool);
    }

    /// <summary>Reads every wording's alternatives and every string's offsets, as a whole-file check does (<c>causa verify</c>).</summary>
    /// <exception cref="InvalidStoreException">A reference points outside the table.</exception>
    public void CheckAll()
    {
        _keys.CheckAll();
        _pool.CheckAll();
        for (var i = 0; i < _keys.Count; i++)
        {
            _ = AlternativesOf(i);
        }
    }

    private static InvalidStoreException Damaged(MappedFileLease file) => file.Damaged($"the {Kind} file has a damaged term table");

    // The alternatives of wording index, each reference checked to lie within the table.
    private (TermAlternative[] Hits, string?[] Languages) AlternativesOf(int index)
    {
        var start = _file.Value<int>(KeyInfo, 2 * index);
        var count = _file.Value<int>(KeyInfo, (2 * index) + 1);
        if (start < 0 || count <= 0 || start > _confidenceCount - count)
        {
            throw Damaged(_file);
        }

        var hits = new TermAlternative[count];
        var languages = new string?[count];
        for (var k = 0; k < count; k++)
        {
            var a = 4 * (start + k);
            var (term, via, language, kind) = (_file.Value<int>(Alternatives, a), _file.Value<int>(Alternatives, a + 1), _file.Value<int>(Alternatives, a + 2), _file.Value<int>(Alternatives, a + 3));
            if ((uint)term >= (uint)_pool.Count || (uint)via >= (uint)_pool.Count || language < -1 || language >= _pool.Count || (uint)kind > (uint)TermMatchKind.Abbreviation)
            {
                throw Damaged(_file);
            }

            hits[k] = new TermAlternative(_pool[term], _pool[via], (TermMatchKind)kind, _file.Value<double>(Confidences, start + k));
            languages[k] = language < 0 ? null : _pool[language];
        }

        return (hits, languages);
    }
}
