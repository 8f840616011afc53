namespace Causa.Storage.Files;

/// <summary>
/// An array filled front to back up to a capacity known in advance (an upper bound of the rows), then trimmed: one
/// allocation where a growing list would copy itself several times over the whole store.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class RowBuffer<T>
    where T : unmanaged
{
    private T[] _items;

    /// <summary>A buffer for at most <paramref name="capacity"/> rows.</summary>
    public RowBuffer(long capacity)
    {
        _items = new T[checked((int)capacity)];
    }

    /// <summary>Rows added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row; throws when the capacity given is exceeded (a wrong upper bound is a bug).</summary>
    public void Add(T item) => _items[Count++] = item;

    /// <summary>The rows added; the buffer itself when it is full, else a copy of its filled part.</summary>
    public T[] ToTrimmedArray()
    {
        if (Count != _items.Length)
        {
            Array.Resize(ref _items, Count);
        }

        return _items;
    }
}
