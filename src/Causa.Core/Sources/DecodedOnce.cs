namespace Causa.Core.Sources;

/// <summary>
/// Rows of a stored table decoded on first access, each once: the first decoding of a row is kept and returned on every
/// later access, from any thread (a race may decode a row twice, but one result wins and is the only one ever returned).
/// </summary>
/// <typeparam name="T">The decoded row.</typeparam>
/// <param name="count">Number of rows, 0 or more.</param>
/// <param name="decode">Decodes row i (0 ≤ i &lt; count); called at most once per row unless two threads race.</param>
internal sealed class DecodedOnce<T>(int count, Func<int, T> decode)
    where T : class
{
    // Allocated on first access: a table that is never read costs no array.
    private T?[]? _rows;

    /// <summary>Row <paramref name="index"/>, decoded on first access.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or not below the count.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            var rows = _rows ?? Interlocked.CompareExchange(ref _rows, new T?[count], null) ?? _rows!;
            return rows[index] ?? Interlocked.CompareExchange(ref rows[index], decode(index), null) ?? rows[index]!;
        }
    }
}
