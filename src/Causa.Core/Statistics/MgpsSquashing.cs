using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Causa.Core.Statistics;

/// <summary>
/// Reduces many (N, E) pairs to fewer weighted points for the MGPS likelihood (DuMouchel &amp; Pregibon 2001 data
/// squashing), including openEBGM's <c>squashData</c> and <c>autoSquash</c>.
/// </summary>
/// <remarks>Pure functions, thread-safe. Points are always returned sorted by N, then E.</remarks>
public static class MgpsSquashing
{
    /// <summary>Sorts pairs by (N, E) into unit-weight points (or the given weights), without merging.</summary>
    /// <param name="n">Counts (≥ 0).</param>
    /// <param name="e">Expected counts (&gt; 0, finite).</param>
    /// <param name="weights">Optional weights (&gt; 0); empty means 1 each.</param>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static MgpsPoints Sort(ReadOnlySpan<int> n, ReadOnlySpan<double> e, ReadOnlySpan<double> weights = default)
    {
        if (n.Length != e.Length || (!weights.IsEmpty && weights.Length != n.Length))
        {
            throw new ArgumentException("N, E and weights must have the same length.", nameof(e));
        }

        var count = n.Length;
        var maxN = 0;
        foreach (var value in n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(n));
            maxN = Math.Max(maxN, value);
        }

        // Counting sort by N, then an E sort inside each N bucket (stable enough: equal E are interchangeable).
        var sortedN = new int[count];
        var sortedE = new double[count];
        var sortedW = new double[count];
        if (maxN <= 4 * count + 1024)
        {
            var offsets = new int[maxN + 2];
            foreach (var value in n)
            {
                offsets[value + 1]++;
            }

            for (var v = 1; v < offsets.Length; v++)
            {
                offsets[v] += offsets[v - 1];
            }

            var cursor = (int[])offsets.Clone();
            for (var i = 0; i < count; i++)
            {
                var slot = cursor[n[i]]++;
                sortedN[slot] = n[i];
                sortedE[slot] = e[i];
                sortedW[slot] = weights.IsEmpty ? 1.0 : weights[i];
            }

            for (var v = 0; v <= maxN; v++)
            {
                var length = offsets[v + 1] - offsets[v];
                if (length > 1 && weights.IsEmpty)
                {
                    // Unit weights: sorting E alone gives the same points, and moves half the data.
                    Array.Sort(sortedE, offsets[v], length);
                }
                else if (length > 1)
                {
                    Array.Sort(sortedE, sortedW, offsets[v], length);
                }
            }
        }
        else
        {
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            var nCopy = n.ToArray();
            var eCopy = e.ToArray();
            Array.Sort(order, (x, y) => nCopy[x] != nCopy[y] ? nCopy[x].CompareTo(nCopy[y]) : eCopy[x].CompareTo(eCopy[y]));
            for (var i = 0; i < count; i++)
            {
                sortedN[i] = n[order[i]];
                sortedE[i] = e[order[i]];
                sortedW[i] = weights.IsEmpty ? 1.0 : weights[order[i]];
            }
        }

        return new MgpsPoints(sortedN, sortedE, sortedW);
    }

    /// <summary>
    /// Merges points with equal N whose E lie within a relative width of the first E of their bin
    /// (weighted-mean E, summed weight). <paramref name="relativeWidth"/> = 0 merges only identical (N, E).
    /// </summary>
    /// <param name="points">Points sorted by N, then E.</param>
    /// <param name="relativeWidth">Bin width relative to E, 0 to 0.1.</param>
    public static MgpsPoints Grid(MgpsPoints points, double relativeWidth)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegative(relativeWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(relativeWidth, 0.1);
        var n = new List<int>();
        var e = new List<double>();
        var w = new List<double>();
        for (var i = 0; i < points.Count;)
        {
            var end = i;
            while (end < points.Count && points.N[end] == points.N[i])
            {
                end++;
            }

            GridBucket(points.N[i], points.E.AsSpan(i, end - i), points.Weight.AsSpan(i, end - i), relativeWidth, n, e, w);
            i = end;
        }

        return new MgpsPoints([.. n], [.. e], [.. w]);
    }

    /// <summary>
    /// <see cref="Sort"/> then <see cref="Grid"/> of the unit-weight pairs with N ≥ <paramref name="nStar"/> and a usable E
    /// (&gt; 0, finite), the same points, without copying N and weights: only the kept E are copied (8 bytes a pair),
    /// bucketed by N and sorted within each N.
    /// </summary>
    /// <param name="n">Counts.</param>
    /// <param name="e">Expected counts, same length.</param>
    /// <param name="nStar">Pairs with a smaller N are left out (≥ 1).</param>
    /// <param name="relativeWidth">As for <see cref="Grid"/>, 0 to 0.1.</param>
    /// <param name="points">The squashed points; null when the counts are too sparse for buckets (then use Sort and Grid).</param>
    /// <param name="kept">Pairs with N ≥ <paramref name="nStar"/> and a usable E.</param>
    /// <param name="skipped">Pairs with N ≥ <paramref name="nStar"/> and an E that is not &gt; 0 and finite.</param>
    /// <returns>False when the largest N is so far above the pair count that buckets per N would cost more than a sort.</returns>
    internal static bool TryGridUnitWeights(ReadOnlySpan<int> n, ReadOnlySpan<double> e, int nStar, double relativeWidth, [NotNullWhen(true)] out MgpsPoints? points, out int kept, out int skipped)
    {
        Debug.Assert(n.Length == e.Length && nStar >= 1);
        kept = 0;
        skipped = 0;
        var maxN = 0;
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] >= nStar)
            {
                if (e[i] > 0 && double.IsFinite(e[i]))
                {
                    kept++;
                    maxN = Math.Max(maxN, n[i]);
                }
                else
                {
                    skipped++;
                }
            }
        }

        // The bound Sort uses for its counting sort.
        points = null;
        if (maxN > (4L * kept) + 1024)
        {
            return false;
        }

        var offsets = new int[maxN + 2];
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] >= nStar && e[i] > 0 && double.IsFinite(e[i]))
            {
                offsets[n[i] + 1]++;
            }
        }

        for (var v = 1; v < offsets.Length; v++)
        {
            offsets[v] += offsets[v - 1];
        }

        var cursor = (int[])offsets.Clone();
        var sortedE = new double[kept];
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] >= nStar && e[i] > 0 && double.IsFinite(e[i]))
            {
                sortedE[cursor[n[i]]++] = e[i];
            }
        }

        var outN = new List<int>();
        var outE = new List<double>();
        var outW = new List<double>();
        for (var v = 0; v <= maxN; v++)
        {
            var length = offsets[v + 1] - offsets[v];
            if (length > 0)
            {
                // Sorted E within one N are the same sequence whatever the sort (equal E are interchangeable).
                Array.Sort(sortedE, offsets[v], length);
                GridBucket(v, sortedE.AsSpan(offsets[v], length), default, relativeWidth, outN, outE, outW);
            }
        }

        points = new MgpsPoints([.. outN], [.. outE], [.. outW]);
        return true;
    }

    /// <summary>The grid squash of one N's points, sorted by E; <paramref name="weights"/> empty means 1 each.</summary>
    private static void GridBucket(int binN, ReadOnlySpan<double> e, ReadOnlySpan<double> weights, double relativeWidth, List<int> outN, List<double> outE, List<double> outW)
    {
        var i = 0;
        while (i < e.Length)
        {
            var limit = e[i] * (1 + relativeWidth);
            double weight = 0, weightedE = 0;
            var j = i;
            while (j < e.Length && e[j] <= limit)
            {
                var w = weights.IsEmpty ? 1.0 : weights[j];
                weight += w;
                weightedE += w * e[j];
                j++;
            }

            outN.Add(binN);
            outE.Add(j - i == 1 ? e[i] : weightedE / weight);
            outW.Add(weight);
            i = j;
        }
    }

    /// <summary>
    /// A coarse squash for screening starting points: each N with more than <paramref name="binsPerCount"/> points is
    /// reduced to about that many equal-count bins in increasing E (weighted-mean E, summed weight).
    /// </summary>
    /// <param name="points">Points sorted by N, then E.</param>
    /// <param name="binsPerCount">Target bins per N (≥ 2).</param>
    internal static MgpsPoints Coarse(MgpsPoints points, int binsPerCount)
    {
        var n = new List<int>();
        var e = new List<double>();
        var w = new List<double>();
        for (var i = 0; i < points.Count;)
        {
            var end = i;
            while (end < points.Count && points.N[end] == points.N[i])
            {
                end++;
            }

            var binSize = Math.Max(1, (end - i + binsPerCount - 1) / binsPerCount);
            for (var start = i; start < end; start += binSize)
            {
                var stop = Math.Min(start + binSize, end);
                double weight = 0, weightedE = 0;
                for (var j = start; j < stop; j++)
                {
                    weight += points.Weight[j];
                    weightedE += points.Weight[j] * points.E[j];
                }

                n.Add(points.N[i]);
                e.Add(weightedE / weight);
                w.Add(weight);
            }

            i = end;
        }

        return new MgpsPoints([.. n], [.. e], [.. w]);
    }

    /// <summary>
    /// openEBGM's <c>squashData</c>: the points with N = <paramref name="count"/>, in increasing E, except the
    /// <paramref name="keepPoints"/> largest E, are grouped into consecutive bins of <paramref name="binSize"/>
    /// (the last bin takes the remainder); each bin becomes one point with the mean E and the bin's weight.
    /// </summary>
    /// <param name="points">Points sorted by N, then E.</param>
    /// <param name="count">The N to squash (≥ 0).</param>
    /// <param name="binSize">Points per bin (≥ 2); openEBGM default 50.</param>
    /// <param name="keepPoints">Points with the largest E left unsquashed (≥ 0); openEBGM default 100.</param>
    /// <returns>The squashed points; the input unchanged when fewer than <paramref name="binSize"/> points would be squashed (openEBGM stops with an error there).</returns>
    /// <remarks>With unit weights this is openEBGM's result exactly; with other weights the bin E is the weighted mean and the weight the sum (openEBGM uses the plain mean and the bin size).</remarks>
    public static MgpsPoints SquashData(MgpsPoints points, int count = 1, int binSize = 50, int keepPoints = 100)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(binSize, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(keepPoints);
        var first = Array.IndexOf(points.N, count);
        if (first < 0)
        {
            return points;
        }

        var end = first;
        while (end < points.Count && points.N[end] == count)
        {
            end++;
        }

        var squashCount = end - first - keepPoints;
        if (squashCount < binSize)
        {
            return points;
        }

        var n = new List<int>(points.Count);
        var e = new List<double>(points.Count);
        var w = new List<double>(points.Count);
        for (var i = 0; i < first; i++)
        {
            n.Add(points.N[i]);
            e.Add(points.E[i]);
            w.Add(points.Weight[i]);
        }

        for (var start = first; start < first + squashCount; start += binSize)
        {
            var stop = Math.Min(start + binSize, first + squashCount);
            double weight = 0, weightedE = 0;
            for (var i = start; i < stop; i++)
            {
                weight += points.Weight[i];
                weightedE += points.Weight[i] * points.E[i];
            }

            n.Add(count);
            e.Add(weightedE / weight);
            w.Add(weight);
        }

        for (var i = first + squashCount; i < points.Count; i++)
        {
            n.Add(points.N[i]);
            e.Add(points.E[i]);
            w.Add(points.Weight[i]);
        }

        // Bin means are non-decreasing and below the kept points, so (N, E) order is preserved.
        Debug.Assert(IsSorted(n, e));
        return new MgpsPoints([.. n], [.. e], [.. w]);
    }

    /// <summary>
    /// openEBGM's <c>autoSquash</c> with its defaults: every N with more than 101 points is squashed, keeping
    /// 100, 75, 50, then 25 points unsquashed for the 1st, 2nd, 3rd and later such N, into 50–5000 "super points"
    /// depending on how many points there are (cut-offs 500, 1e3, 1e4, 1e5, 5e5, 1e6, 5e6).
    /// </summary>
    /// <param name="points">Points sorted by N, then E.</param>
    public static MgpsPoints AutoSquash(MgpsPoints points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int[] keep = [100, 75, 50, 25];
        double[] cutOffs = [500, 1e3, 1e4, 1e5, 5e5, 1e6, 5e6];
        int[] superPoints = [50, 75, 150, 500, 750, 1000, 2000, 5000];
        var groups = new List<(int N, int Count)>();
        for (var i = 0; i < points.Count;)
        {
            var j = i;
            while (j < points.Count && points.N[j] == points.N[i])
            {
                j++;
            }

            if (j - i > keep.Max() + 1)
            {
                groups.Add((points.N[i], j - i));
            }

            i = j;
        }

        var result = points;
        for (var position = 0; position < groups.Count; position++)
        {
            var (count, total) = groups[position];
            var keepPoints = keep[Math.Min(position, keep.Length - 1)];
            var toSquash = total - keepPoints;
            var cut = 0;
            while (cut < cutOffs.Length && toSquash >= cutOffs[cut])
            {
                cut++;
            }

            var binSize = Math.Max(toSquash / superPoints[cut], 2);
            result = SquashData(result, count, binSize, keepPoints);
        }

        return result;
    }

    private static bool IsSorted(List<int> n, List<double> e)
    {
        for (var i = 1; i < n.Count; i++)
        {
            if (n[i] < n[i - 1] || (n[i] == n[i - 1] && e[i] < e[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
