using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>The learned name pairs of a store of one or more files: each pair's DRUG rows over the kept cases.</summary>
internal static class StoreLearnedPairs
{
    /// <summary>Counts the pairs of <paramref name="files"/> over their kept cases.</summary>
    /// <param name="files">The base file, then the segments (their dead cases known from the segments' records).</param>
    /// <param name="pendingKilledCounts">The <see cref="KilledCaseCounts"/> records of a segment about to be written, whose
    /// superseded cases count as dead too; empty for none.</param>
    /// <returns>One pair per distinct (drug name, <c>prod_ai</c>) with rows, ordered by drug name then <c>prod_ai</c>
    /// (ordinal), with the cleaned forms the files keep.</returns>
    public static LearnedPairTable Count(IReadOnlyList<StoreSegment> files, ReadOnlySpan<int> pendingKilledCounts)
    {
        var pairs = new FileLearnedPairs[files.Count];
        var rows = new long[files.Count][];
        for (var s = 0; s < files.Count; s++)
        {
            pairs[s] = FileLearnedPairs.Of(files[s]);
            rows[s] = pairs[s].Rows;
        }

        // The dead cases' rows, from what each segment recorded of the cases it superseded (a store of several files
        // is opened only when every such segment has the records: SegmentedView), and from the pending segment's.
        for (var later = 1; later < files.Count; later++)
        {
            SubtractRecorded(files[later].KilledCounts, later, pairs, rows);
        }

        SubtractRecorded(pendingKilledCounts, files.Count, pairs, rows);
        if (files.Count == 1)
        {
            // One file's entries are already in name then prod_ai order, each pair once.
            var single = new List<LearnedNamePair>(rows[0].Length);
            var singleKeys = new List<string?>(rows[0].Length);
            for (var i = 0; i < rows[0].Length; i++)
            {
                if (rows[0][i] > 0)
                {
                    single.Add(new LearnedNamePair(pairs[0].Names[i], pairs[0].ProdAis[i], rows[0][i]));
                    singleKeys.Add(pairs[0].Keys[i]);
                }
            }

            return new LearnedPairTable(single, [.. singleKeys]);
        }

        // Each file's pairs come in name then prod_ai order: one k-way merge sums a pair's rows over the files.
        var merged = new List<LearnedNamePair>();
        var mergedKeys = new List<string?>();
        var queue = new PriorityQueue<(int File, int At), LearnedNamePair>(Comparer<LearnedNamePair>.Create(CompareByName));
        void Next(int file, int at)
        {
            while (at < rows[file].Length && rows[file][at] <= 0)
            {
                at++;
            }

            if (at < rows[file].Length)
            {
                queue.Enqueue((file, at), new LearnedNamePair(pairs[file].Names[at], pairs[file].ProdAis[at], rows[file][at]));
            }
        }

        for (var s = 0; s < files.Count; s++)
        {
            Next(s, 0);
        }

        while (queue.TryDequeue(out var position, out var pair))
        {
            var keys = pairs[position.File].Keys[position.At];
            if (merged.Count > 0 && CompareByName(merged[^1], pair) == 0)
            {
                merged[^1] = merged[^1] with { Count = merged[^1].Count + pair.Count };
                mergedKeys[^1] ??= keys;
            }
            else
            {
                merged.Add(pair);
                mergedKeys.Add(keys);
            }

            Next(position.File, position.At + 1);
        }

        return new LearnedPairTable(merged, [.. mergedKeys]);
    }

    /// <summary>Orders pairs by drug name, then <c>prod_ai</c> (ordinal): the order a store gives them in
    /// (<see cref="Causa.Core.Storage.IStoreDictionaries.LearnedNamePairs"/>).</summary>
    public static int CompareByName(LearnedNamePair a, LearnedNamePair b)
    {
        var byName = string.CompareOrdinal(a.DrugName, b.DrugName);
        return byName != 0 ? byName : string.CompareOrdinal(a.ProdAi, b.ProdAi);
    }

    /// <summary>Takes the DRUG rows a segment at position <paramref name="writer"/> recorded of the cases it superseded
    /// (<see cref="KilledCaseCounts.EntryRows"/> records) off the counts of the files before it.</summary>
    private static void SubtractRecorded(ReadOnlySpan<int> records, int writer, FileLearnedPairs[] pairs, long[][] rows)
    {
        for (var r = 0; r + 3 < records.Length; r += 4)
        {
            if (records[r + 1] == KilledCaseCounts.EntryRows && (uint)records[r] < (uint)writer)
            {
                var s = records[r];
                rows[s] = OwnCopy(rows[s], pairs[s]);
                pairs[s].Subtract(records[r + 2], records[r + 3], rows[s]);
            }
        }
    }

    /// <summary>The rows to change: a copy of the file's counts the first time.</summary>
    private static long[] OwnCopy(long[] rows, FileLearnedPairs file) => ReferenceEquals(rows, file.Rows) ? (long[])rows.Clone() : rows;
}
