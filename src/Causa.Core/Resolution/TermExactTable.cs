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

    private readonly Utf8StringTable _keys;
    private readonly int[] _info;
    private readonly int[] _alternatives;
    private readonly double[] _confidences;
    private readonly Utf8StringTable _pool;

    private TermExactTable(Utf8StringTable keys, int[] info, int[] alternatives, double[] confidences, Utf8StringTable pool)
    {
        _keys = keys;
        _info = info;
        _alternatives = alternatives;
        _confidences = confidences;
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

        var (start, count) = (_info[2 * index], _info[(2 * index) + 1]);
        hits = new TermAlternative[count];
        languages = new string?[count];
        for (var k = 0; k < count; k++)
        {
            var a = 4 * (start + k);
            hits[k] = new TermAlternative(_pool[_alternatives[a]], _pool[_alternatives[a + 1]], (TermMatchKind)_alternatives[a + 3], _confidences[start + k]);
            languages[k] = _alternatives[a + 2] < 0 ? null : _pool[_alternatives[a + 2]];
        }

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

    /// <summary>Reads the table of an opened (verified) index; null when it holds none.</summary>
    /// <exception cref="InvalidStoreException">The table is inconsistent.</exception>
    public static TermExactTable? Read(MappedSectionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Count<int>(KeyOffsets) == 0)
        {
            return null;
        }

        var keys = Utf8StringTable.Read(file, KeyOffsets, KeyBytes, Kind);
        var pool = Utf8StringTable.Read(file, PoolOffsets, PoolBytes, Kind);
        var info = file.Get<int>(KeyInfo).ToArray();
        var alternatives = file.Get<int>(Alternatives).ToArray();
        var confidences = file.Get<double>(Confidences).ToArray();
        if (info.Length != 2 * keys.Count || alternatives.Length != 4 * confidences.Length)
        {
            throw Damaged();
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var (start, count) = (info[2 * i], info[(2 * i) + 1]);
            if (start < 0 || count <= 0 || start > confidences.Length - count)
            {
                throw Damaged();
            }
        }

        for (var a = 0; a < alternatives.Length; a += 4)
        {
            if ((uint)alternatives[a] >= (uint)pool.Count || (uint)alternatives[a + 1] >= (uint)pool.Count ||
                alternatives[a + 2] < -1 || alternatives[a + 2] >= pool.Count || (uint)alternatives[a + 3] > (uint)TermMatchKind.Abbreviation)
            {
                throw Damaged();
            }
        }

        return new TermExactTable(keys, info, alternatives, confidences, pool);
    }

    private static InvalidStoreException Damaged() => new(StoreErrorKind.Corrupt, $"the {Kind} file has a damaged term table");
}
