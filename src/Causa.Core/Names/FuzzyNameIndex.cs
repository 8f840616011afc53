using System.Numerics;

namespace Causa.Core.Names;

/// <summary>
/// Finds known names within a small Damerau-Levenshtein (optimal string alignment) distance of a query.
/// Names are bucketed by length and pre-filtered by a 32-bit "letters present" mask, so a lookup touches only names whose
/// length and letter set could be within the bound.
/// </summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
internal sealed class FuzzyNameIndex
{
    private readonly string[][] _byLength;
    private readonly uint[][] _masksByLength;

    public FuzzyNameIndex(IEnumerable<string> names)
    {
        var buckets = new Dictionary<int, List<string>>();
        var max = 0;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!buckets.TryGetValue(name.Length, out var list))
            {
                list = [];
                buckets[name.Length] = list;
            }

            list.Add(name);
            max = Math.Max(max, name.Length);
        }

        _byLength = new string[max + 1][];
        _masksByLength = new uint[max + 1][];
        for (var len = 0; len <= max; len++)
        {
            var list = buckets.GetValueOrDefault(len) ?? [];
            list.Sort(StringComparer.Ordinal);
            _byLength[len] = [.. list];
            _masksByLength[len] = [.. list.Select(Mask)];
        }
    }

    /// <summary>Names at the smallest distance ≤ <paramref name="maxDistance"/> from the query, sorted ordinally.</summary>
    public (IReadOnlyList<string> Names, int Distance) FindNearest(string query, int maxDistance)
    {
        var best = maxDistance + 1;
        var found = new List<string>();
        var queryMask = Mask(query);
        var lo = Math.Max(0, query.Length - maxDistance);
        var hi = Math.Min(_byLength.Length - 1, query.Length + maxDistance);
        for (var len = lo; len <= hi; len++)
        {
            if (Math.Abs(len - query.Length) > best)
            {
                continue;
            }

            var names = _byLength[len];
            var masks = _masksByLength[len];
            for (var i = 0; i < names.Length; i++)
            {
                // Each edit adds or removes at most two letters from the set of letters present.
                if (BitOperations.PopCount(masks[i] ^ queryMask) > 2 * Math.Min(best, maxDistance))
                {
                    continue;
                }

                var d = Distance(query, names[i], best + 1);
                if (d < best)
                {
                    best = d;
                    found.Clear();
                    found.Add(names[i]);
                }
                else if (d == best && best <= maxDistance)
                {
                    found.Add(names[i]);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return (found, found.Count == 0 ? -1 : best);
    }

    /// <summary>Names within <paramref name="maxDistance"/>, nearest first (ties ordinal), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<(string Name, int Distance)> FindWithin(string query, int maxDistance, int limit)
    {
        var found = new List<(string Name, int Distance)>();
        var queryMask = Mask(query);
        var lo = Math.Max(0, query.Length - maxDistance);
        var hi = Math.Min(_byLength.Length - 1, query.Length + maxDistance);
        for (var len = lo; len <= hi; len++)
        {
            var names = _byLength[len];
            var masks = _masksByLength[len];
            for (var i = 0; i < names.Length; i++)
            {
                if (BitOperations.PopCount(masks[i] ^ queryMask) > 2 * maxDistance)
                {
                    continue;
                }

                var d = Distance(query, names[i], maxDistance + 1);
                if (d <= maxDistance)
                {
                    found.Add((names[i], d));
                }
            }
        }

        return [.. found.OrderBy(f => f.Distance).ThenBy(f => f.Name, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent transpositions), stopping early:
    /// returns <paramref name="bound"/> or more as soon as the distance is known to reach it.
    /// </summary>
    public static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) >= bound)
        {
            return bound;
        }

        var n = b.Length;
        Span<int> prev2 = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> prev = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> cur = n < 128 ? stackalloc int[n + 1] : new int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin >= bound)
            {
                return bound;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[n], bound);
    }

    private static uint Mask(string s)
    {
        uint m = 0;
        foreach (var c in s)
        {
            m |= c is >= 'A' and <= 'Z' ? 1u << (c - 'A') : c is >= '0' and <= '9' ? 1u << 26 : c == ' ' ? 1u << 27 : 1u << 28;
        }

        return m;
    }
}
