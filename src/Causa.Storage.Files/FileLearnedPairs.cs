namespace Causa.Storage.Files;

/// <summary>
/// One store file's learned name pairs: its drug entries with a coded ingredient (ascending entry index, so in name then
/// <c>prod_ai</c> order), their names, and the DRUG rows of the file's cases that report each, dead cases included.
/// </summary>
/// <param name="Entries">Entry indices of the file with a coded ingredient and at least one DRUG row, ascending.</param>
/// <param name="Names">Their drug names.</param>
/// <param name="ProdAis">Their coded ingredients.</param>
/// <param name="Rows">Their DRUG rows over all the file's cases.</param>
/// <param name="Keys">Their cleaned form as the file keeps it (<see cref="StoreSegment.EntryLearnedKeys"/>); null
/// entries where the file keeps none.</param>
internal sealed record FileLearnedPairs(int[] Entries, string[] Names, string[] ProdAis, long[] Rows, string?[] Keys)
{
    /// <summary>Counts the pairs of <paramref name="segment"/>: one pass over its drug rows, and the names of the entries
    /// that have a coded ingredient.</summary>
    public static FileLearnedPairs Of(StoreSegment segment)
    {
        var rows = new long[segment.DrugEntryCount];
        var stored = segment.EntryDrugRows;
        if (stored.Length == rows.Length)
        {
            for (var e = 0; e < rows.Length; e++)
            {
                rows[e] = stored[e];
            }
        }
        else
        {
            // A file written before the per-entry counts: one pass over its drug rows.
            foreach (var entry in segment.Section<int>(SectionId.DrugEntryIds))
            {
                rows[entry]++;
            }
        }

        var kept = segment.EntryLearnedKeys();
        var entries = new List<int>();
        var names = new List<string>();
        var prodAis = new List<string>();
        var counts = new List<long>();
        var keys = new List<string?>();
        for (var e = 0; e < rows.Length; e++)
        {
            if (rows[e] > 0 && segment.ProdAiOfEntry(e) is { } prodAi)
            {
                entries.Add(e);
                names.Add(segment.NameOfEntry(e));
                prodAis.Add(prodAi);
                counts.Add(rows[e]);
                keys.Add(kept?[e]);
            }
        }

        return new FileLearnedPairs([.. entries], [.. names], [.. prodAis], [.. counts], [.. keys]);
    }

    /// <summary>Takes <paramref name="rows"/>' count of entry <paramref name="entry"/> down by <paramref name="count"/>
    /// (no-op for an entry without a coded ingredient).</summary>
    public void Subtract(int entry, int count, long[] rows)
    {
        var at = Array.BinarySearch(Entries, entry);
        if (at >= 0)
        {
            rows[at] -= count;
        }
    }
}
