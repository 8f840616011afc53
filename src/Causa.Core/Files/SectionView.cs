using System.Diagnostics.CodeAnalysis;

namespace Causa.Core.Files;

/// <summary>
/// A section of a <see cref="MappedSectionFile"/> viewed as an array of <typeparamref name="T"/>, verified as it is read:
/// each value (<see cref="this[int]"/>) or slice (<see cref="Slice"/>) is returned only once the blocks holding it matched
/// their checksums, so a damaged block is never read and an undamaged one is checked once per file.
/// </summary>
/// <remarks>Valid until the file is disposed. A default view is empty. Indexes out of range throw
/// <see cref="ArgumentOutOfRangeException"/>.</remarks>
internal readonly unsafe ref struct SectionView<T>
    where T : unmanaged
{
    private readonly T* _items;
    private readonly MappedSectionFile.Section? _pending;
    private readonly MappedSectionFile? _file;

    internal SectionView(T* items, int length, MappedSectionFile.Section? pending, MappedSectionFile? file = null)
    {
        _items = items;
        Length = length;
        _pending = pending;
        _file = file;
    }

    /// <summary>Number of values.</summary>
    public int Length { get; }

    /// <summary>The value at <paramref name="index"/> (0 ≤ index &lt; <see cref="Length"/>).</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange();
            }

            if (_pending is { } section && !section.Verified && !section.IsBlockVerified((int)(((long)index * sizeof(T)) >> section.BlockShift)))
            {
                _file!.VerifyRange(section, (long)index * sizeof(T), sizeof(T));
            }

            return _items[index];
        }
    }

    /// <summary>Values [<paramref name="start"/>, <paramref name="end"/>) as a span, verified.</summary>
    public ReadOnlySpan<T> Slice(int start, int end)
    {
        if ((uint)start > (uint)end || (uint)end > (uint)Length)
        {
            ThrowOutOfRange();
        }

        if (_pending is { } section && end > start)
        {
            _file!.VerifyRange(section, (long)start * sizeof(T), (long)(end - start) * sizeof(T));
        }

        return new ReadOnlySpan<T>(_items + start, end - start);
    }

    [DoesNotReturn]
    private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index", "index outside the section");
}
