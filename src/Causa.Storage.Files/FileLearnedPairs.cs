using System.Collections.Concurrent;

namespace Causa.Storage.Files;

/// <summary>
/// One store file's learned name pairs: its drug entries with a coded ingredient, their names, and the DRUG rows of the
/// file's cases that report each. Kept per file content for the life of the process.
/// </summary>
/// <remarks>Why a cache: an ingest that adds a segment reads the store's pairs to resolve the new names, then reads them
/// again over the reopened store to rebuild the name index; the files already there are the same both times, and only
/// they make the pass long. Files are immutable, so their content fingerprint is the key. At most
/// <see cref="MaxFiles"/> files are kept. Thread-safe.</remarks>
internal sealed record FileLearnedPairs(int[] Entries, string[] Names, string[] ProdAis, long[] Rows)
{
    private const int MaxFiles = 64;
    private static readonly ConcurrentDictionary<(ulong Fingerprint, long Length), FileLearnedPairs> Cache = new();

    /// <summary>The pairs of <paramref name="segment"/>, counted over all its cases (dead ones included).</summary>
    public static FileLearnedPairs Of(StoreSegment segment)
    {
        var key = (segment.Fingerprint, segment.SizeBytes);
        if (Cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var rows = new long[segment.DrugEntryCount];
        foreach (var entry in segment.Section<int>(SectionId.DrugEntryIds))
        {
            rows[entry]++;
        }

        var entries = new List<int>();
        var names = new List<string>();
        var prodAis = new List<string>();
        var counts = new List<long>();
        for (var e = 0; e < rows.Length; e++)
        {
            if (rows[e] > 0 && segment.GetEntry(e) is { ProdAi: { } prodAi } entry)
            {
                entries.Add(e);
                names.Add(entry.DrugName);
                prodAis.Add(prodAi);
                counts.Add(rows[e]);
            }
        }

        var pairs = new FileLearnedPairs([.. entries], [.. names], [.. prodAis], [.. counts]);
        if (Cache.Count >= MaxFiles)
        {
            Cache.Clear();
        }

        Cache[key] = pairs;
        return pairs;
    }
}
