namespace Causa.Core.Query;

/// <summary>Counts common elements of two ascending, duplicate-free integer sequences (case-index posting lists).</summary>
internal static class SortedIntersection
{
    /// <summary>|a ∩ b|. O(|a| + |b|) when the lists are of similar size; O(small · log large) when one is much shorter.</summary>
    public static int Count(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (a.IsEmpty)
        {
            return 0;
        }

        // Binary search (galloping from the last hit) wins once the long list is ~16× the short one.
        if (b.Length / a.Length >= 16)
        {
            var count = 0;
            var lo = 0;
            foreach (var x in a)
            {
                var found = b[lo..].BinarySearch(x);
                if (found >= 0)
                {
                    count++;
                    lo += found + 1;
                }
                else
                {
                    lo += ~found;
                }

                if (lo >= b.Length)
                {
                    break;
                }
            }

            return count;
        }

        var i = 0;
        var j = 0;
        var n = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                n++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}
