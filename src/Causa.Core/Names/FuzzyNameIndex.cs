using System.Collections.Frozen;
using System.Numerics;

namespace Causa.Core.Names;

/// <summary>
/// Finds known names within a small Damerau-Levenshtein (optimal string alignment) distance of a query.
/// Names are bucketed by length and pre-filtered by a 32-bit "letters present" mask, so a lookup touches only names whose
/// length and letter set could be within the bound.
/// </summary>
/// <remarks>
/// <para>With <c>indexOneEdit</c>, a one-edit search (<see cref="FindNearest"/> with a bound of 1, the search automatic
/// resolution uses) does not scan at all: every name is also indexed by a 64-bit hash of each string left after deleting one
/// of its letters (symmetric deletion). Two strings one insertion, deletion, substitution or adjacent transposition apart
/// always share such a string, so the query's own deletions find every candidate, and each candidate is verified by the
/// distance itself (hash collisions cost a check, never a wrong answer).</para>
/// <para>Immutable after construction; thread-safe.</para>
/// </remarks>
internal sealed class FuzzyNameIndex
{
    private readonly string[][] _byLength;
    private readonly uint[][] _masksByLength;

    // Symmetric-deletion index (only with indexOneEdit): the hashes of every name and of each of its one-letter deletions,
    // sorted, with the name each came from; empty otherwise.
    private readonly ulong[] _deletionHashes = [];
    private readonly string[] _deletionNames = [];
    private readonly FrozenSet<string> _all;

    public FuzzyNameIndex(IEnumerable<string> names, bool indexOneEdit = false)
    {
        var buckets = new Dictionary<int, List<string>>();
        var max = 0;
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        _all = distinct.ToFrozenSet(StringComparer.Ordinal);
        foreach (var name in distinct)
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

        if (indexOneEdit)
        {
            var entries = new List<(ulong Hash, string Name)>(distinct.Count * 12);
            foreach (var name in distinct)
            {
                entries.Add((DeletionHash(name, -1), name));
                for (var j = 0; j < name.Length; j++)
                {
                    entries.Add((DeletionHash(name, j), name));
                }
            }

            entries.Sort(static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : string.CompareOrdinal(a.Name, b.Name));
            _deletionHashes = [.. entries.Select(static e => e.Hash)];
            _deletionNames = [.. entries.Select(static e => e.Name)];
        }
    }

    /// <summary>Names at the smallest distance ≤ <paramref name="maxDistance"/> from the query, sorted ordinally.</summary>
    public (IReadOnlyList<string> Names, int Distance) FindNearest(string query, int maxDistance)
    {
        if (maxDistance == 1 && _deletionHashes.Length > 0)
        {
            return FindOneEdit(query);
        }

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

    // FindNearest with a bound of 1 through the deletion index: the same answer as the scan, in a few binary searches.
    private (IReadOnlyList<string> Names, int Distance) FindOneEdit(string query)
    {
        if (_all.Contains(query))
        {
            return ([query], 0);
        }

        List<string>? found = null;
        for (var j = -1; j < query.Length; j++)
        {
            var hash = DeletionHash(query, j);
            var at = Array.BinarySearch(_deletionHashes, hash);
            if (at < 0)
            {
                continue;
            }

            while (at > 0 && _deletionHashes[at - 1] == hash)
            {
                at--;
            }

            for (; at < _deletionHashes.Length && _deletionHashes[at] == hash; at++)
            {
                var name = _deletionNames[at];
                if ((found is null || !found.Contains(name)) && Distance(query, name, 2) == 1)
                {
                    (found ??= []).Add(name);
                }
            }
        }

        if (found is null)
        {
            return ([], -1);
        }

        found.Sort(StringComparer.Ordinal);
        return (found, 1);
    }

    // FNV-1a over the string's characters, skipping the one at index skip (-1: none).
    private static ulong DeletionHash(string s, int skip)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip)
            {
                continue;
            }

            h = (h ^ s[i]) * 1099511628211UL;
        }

        // The length left keeps "AB" minus nothing apart from "ABC" minus C in the rare case their hashes would meet.
        return (h ^ (ulong)(s.Length - (skip >= 0 ? 1 : 0))) * 1099511628211UL;
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
