namespace Causa.Core.Tests.Evidence;

/// <summary>
/// Area under the ROC curve of an ordinal score (Mann–Whitney form): the share of (true, false) pairs in which the true
/// pair scores higher, ties counting one half.
/// </summary>
internal static class OrdinalAuc
{
    /// <summary>The AUC in [0, 1]; NaN when either class is empty.</summary>
    /// <param name="items">Each item's score and truth.</param>
    public static double Compute(IReadOnlyList<(int Score, bool IsTrue)> items)
    {
        var positives = items.Where(static i => i.IsTrue).Select(static i => i.Score).ToList();
        var negatives = items.Where(static i => !i.IsTrue).Select(static i => i.Score).ToList();
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return double.NaN;
        }

        // Pairwise count: the sets here hold a few hundred items, so O(n·m) is cheaper to read than rank sums.
        var wins = 0.0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }

        return wins / ((double)positives.Count * negatives.Count);
    }
}
