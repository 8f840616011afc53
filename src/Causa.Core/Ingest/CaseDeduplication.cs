namespace Causa.Core.Ingest;

/// <summary>
/// FDA's deduplication rule for FAERS: one report version per case, the latest by <c>fda_dt</c>, ties broken by the
/// higher <c>primaryid</c>, then by the later source quarter; and every case whose id is on any quarter's DELETE list is
/// dropped, whichever quarter listed it and whichever version is latest.
/// </summary>
/// <remarks>Pure: the result depends only on the set of versions and deleted ids, never on their order, which is what
/// makes ingest order-independent and re-ingesting a quarter a no-op. Two versions equal on all four keys are the same
/// report seen twice; either may be kept (they are indistinguishable to the rule), the one at the lower index is.</remarks>
public static class CaseDeduplication
{
    /// <summary>Selects the kept version of every case.</summary>
    /// <param name="versions">Every report version seen (any order; several per case allowed).</param>
    /// <param name="deletedCaseIds">Case ids on any DELETE list.</param>
    /// <returns>Indices into <paramref name="versions"/> of the kept versions, in ascending case-id order; empty for no versions.</returns>
    public static int[] SelectKept(ReadOnlySpan<CaseVersion> versions, IReadOnlySet<long> deletedCaseIds)
    {
        ArgumentNullException.ThrowIfNull(deletedCaseIds);
        var order = new int[versions.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = versions.ToArray();
        Array.Sort(order, (x, y) =>
        {
            var cmp = CaseVersion.CompareByRule(keys[x], keys[y]);
            return cmp != 0 ? cmp : x.CompareTo(y);
        });

        var kept = new List<int>();
        long previous = long.MinValue;
        var first = true;
        foreach (var i in order)
        {
            var caseId = keys[i].CaseId;
            if (!first && caseId == previous)
            {
                continue;
            }

            first = false;
            previous = caseId;
            if (!deletedCaseIds.Contains(caseId))
            {
                kept.Add(i);
            }
        }

        return [.. kept];
    }
}
