namespace Causa.Core.Files;

/// <summary>Searches over <see cref="SectionView{T}"/>: a binary search reads (and so verifies) only the values it probes.</summary>
internal static class SectionViewSearch
{
    /// <summary>As <see cref="MemoryExtensions.BinarySearch{T}(ReadOnlySpan{T}, IComparable{T})"/>: the index of
    /// <paramref name="value"/> in the ascending view, or the bitwise complement of where it would go.</summary>
    public static int BinarySearch<T>(this SectionView<T> view, T value)
        where T : unmanaged, IComparable<T>
    {
        int low = 0, high = view.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = view[middle].CompareTo(value);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
