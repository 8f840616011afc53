using Causa.Core.Storage;

namespace Causa.Core.Files;

/// <summary>
/// A <see cref="MappedSectionFile"/> shared by the readers built over it (the sources of an evidence-source file, the
/// lookup tables of a name index), released when the last of them is collected: those readers are handed out as plain
/// objects with no owner to dispose them, and a process may load such a file many times (tests, a long-running site).
/// The reads here verify what they read (<see cref="MappedSectionFile.View{T}"/>) and name the file in the error of a
/// damaged one (<see cref="InvalidStoreException.FileName"/>).
/// </summary>
/// <remarks>
/// A reader that reads <see cref="File"/> itself must never let a span of it escape, and must call
/// <see cref="GC.KeepAlive"/> on the lease after its last use of a span, as the reads here do: without that, the runtime
/// may collect the lease (and unmap the file) while the span is still being read, once the reader's own last reference to
/// it is behind it. Thread-safe.
/// </remarks>
internal sealed class MappedFileLease
{
    /// <summary>Takes ownership of <paramref name="file"/>.</summary>
    /// <param name="file">The opened file.</param>
    /// <param name="fileName">The file's name in the store folder, for the error of a damaged read.</param>
    public MappedFileLease(MappedSectionFile file, string fileName)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(fileName);
        File = file;
        FileName = fileName;
    }

    /// <summary>Releases the mapping (or the pinned bytes) when no reader holds the lease any more.</summary>
    ~MappedFileLease() => File.Dispose();

    /// <summary>The file; valid as long as the lease is reachable.</summary>
    public MappedSectionFile File { get; }

    /// <summary>The file's name in the store folder.</summary>
    public string FileName { get; }

    /// <summary>Value <paramref name="index"/> of section <paramref name="id"/>, verified.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside the section.</exception>
    /// <exception cref="InvalidStoreException">The block holding it is damaged.</exception>
    public T Value<T>(uint id, int index)
        where T : unmanaged
    {
        T value;
        try
        {
            value = File.View<T>(id)[index];
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Named(e);
        }

        GC.KeepAlive(this);
        return value;
    }

    /// <summary>Bytes [<paramref name="start"/>, <paramref name="end"/>) of byte section <paramref name="id"/>, verified,
    /// decoded as UTF-8.</summary>
    public string Utf8(uint id, int start, int end)
    {
        string value;
        try
        {
            value = System.Text.Encoding.UTF8.GetString(File.View<byte>(id).Slice(start, end));
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Named(e);
        }

        GC.KeepAlive(this);
        return value;
    }

    /// <summary>Bytes [<paramref name="start"/>, <paramref name="end"/>) of byte section <paramref name="id"/>, verified,
    /// compared with <paramref name="other"/> as <see cref="MemoryExtensions.SequenceCompareTo{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.</summary>
    public int Compare(uint id, int start, int end, ReadOnlySpan<byte> other)
    {
        int order;
        try
        {
            order = File.View<byte>(id).Slice(start, end).SequenceCompareTo(other);
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Named(e);
        }

        GC.KeepAlive(this);
        return order;
    }

    /// <summary>Section <paramref name="id"/> copied out, verified whole; empty when absent.</summary>
    public T[] Copy<T>(uint id)
        where T : unmanaged
    {
        T[] values;
        try
        {
            values = File.Get<T>(id).ToArray();
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Named(e);
        }

        GC.KeepAlive(this);
        return values;
    }

    /// <summary>The error for what a read of this file found wrong: <paramref name="what"/> (a damaged structure).</summary>
    public InvalidStoreException Damaged(string what) => new(StoreErrorKind.Corrupt, what) { FileName = FileName };

    private InvalidStoreException Named(InvalidStoreException e) => new(e.Kind, e.Message) { FileName = FileName };
}
