namespace Causa.Core.Files;

/// <summary>A binary search over rows stored in ascending order whose keys are read (and decoded) only where probed.</summary>
internal static class OrderedRows
{
    /// <summary>The row whose key equals the key sought, or -1.</summary>
    /// <param name="count">Number of rows, 0 or more.</param>
    /// <param name="compareToKey">Row i's key compared with the key sought: negative when it sorts before, 0 when equal,
    /// positive after. Called about log2(<paramref name="count"/>) times.</param>
    /// <returns>A row with an equal key (the rows hold each key once), or -1 when none has it.</returns>
    public static int IndexOf(int count, Func<int, int> compareToKey)
    {
        ArgumentNullException.ThrowIfNull(compareToKey);
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = compareToKey(middle);
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

        return -1;
    }
}
